using Hangfire.Server;
using Serilog.Context;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// Puts a correlation id (the job id) and, for jobs whose first argument is a tenant id, the TenantId on
/// every log line a job writes, the way <c>CorrelationMiddleware</c> does for requests.
/// </summary>
internal sealed class JobLogContextFilter : IServerFilter
{
    private const string ScopeKey = "mspconsole:log-scope";

    public void OnPerforming(PerformingContext context)
    {
        var correlation = LogContext.PushProperty("CorrelationId", $"job-{context.BackgroundJob.Id}");
        var args = context.BackgroundJob.Job.Args;
        var tenant = args.Count > 0 && args[0] is Guid tenantId
            ? LogContext.PushProperty("TenantId", tenantId)
            : null;
        context.Items[ScopeKey] = new Scope(correlation, tenant);
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(ScopeKey, out var scope) && scope is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    private sealed class Scope(IDisposable correlation, IDisposable? tenant) : IDisposable
    {
        public void Dispose()
        {
            tenant?.Dispose();
            correlation.Dispose();
        }
    }
}
