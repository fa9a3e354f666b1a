using MspConsole.Core.Audit;
using MspConsole.Infrastructure;

namespace MspConsole.Web.Features.Audit;

/// <summary>
/// <c>dotnet run --project src/MspConsole.Web -- verify-audit</c> (or <c>MspConsole.Web verify-audit</c>): checks the
/// audit log's hash chain against the configured database, for a scheduled check. Exit code 0: intact; 1: broken
/// (prints the first broken entry's id and why); 2: the check could not run (e.g. no database). Changes nothing.
/// </summary>
public static class AuditVerifyCommand
{
    public const string Name = "verify-audit";
    public const int Intact = 0;
    public const int Broken = 1;
    public const int CouldNotRun = 2;

    public static bool IsRequested(string[] args) => args.Length > 0 && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs the command with the app's configuration (appsettings, environment, the remaining arguments).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.Logging.ClearProviders();
        builder.Services.AddInfrastructure(builder.Configuration);
        await using var app = builder.Build();
        return await RunAsync(app.Services, output, CancellationToken.None);
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<IAuditLog>().VerifyAsync(cancellationToken);
            if (report.IsIntact)
            {
                await output.WriteLineAsync($"Audit log intact: {report.EntriesChecked} entries checked.");
                return Intact;
            }

            await output.WriteLineAsync($"Audit log broken at entry {report.FirstBrokenEntryId}: {report.Problem} ({report.EntriesChecked} entries checked up to it).");
            return Broken;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await output.WriteLineAsync($"Audit log could not be verified: {exception.GetType().Name}: {exception.Message}");
            return CouldNotRun;
        }
    }
}
