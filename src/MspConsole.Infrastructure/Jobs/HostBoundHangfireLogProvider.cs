using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace MspConsole.Infrastructure.Jobs;

/// <summary>
/// Hangfire's log provider is one static for the whole process, set from the ILoggerFactory of the last host that
/// configured Hangfire. When that host is disposed (a shutting-down instance, or another host in the same process, as
/// in the tests), Hangfire code of a host still running would get ObjectDisposedException from every log call, its
/// distributed locks included. Past that point its lines are dropped instead of failing the work that logs them.
/// </summary>
internal sealed class HostBoundHangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly Hangfire.AspNetCore.AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return DroppedLog.Instance;
        }
    }

    private sealed class DroppedLog : ILog
    {
        public static DroppedLog Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
