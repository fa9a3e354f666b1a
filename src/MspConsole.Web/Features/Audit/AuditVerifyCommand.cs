using MspConsole.Core.Audit;
using MspConsole.Infrastructure;

namespace MspConsole.Web.Features.Audit;

/// <summary>
/// <c>dotnet run --project src/MspConsole.Web -- verify-audit</c> (or <c>MspConsole.Web verify-audit</c>): checks the
/// audit log's keyed hash chain in the configured database against the signed checkpoints, for a scheduled check.
/// Exit code 0: intact; 1: tampered (prints every finding: which entry, what was seen); 2: the check could not run
/// (e.g. no database, no audit key). Changes nothing.
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
            var checkedText = $"{report.EntriesChecked} entries and {report.CheckpointsChecked} checkpoints checked";
            if (report.IsIntact)
            {
                await output.WriteLineAsync($"Audit log intact: {checkedText}.");
                return Intact;
            }

            await output.WriteLineAsync($"Audit log tampered ({checkedText}):");
            foreach (var finding in report.Findings)
            {
                await output.WriteLineAsync(finding.EntryId is { } id ? $"- entry {id}: {finding.Problem}" : $"- {finding.Problem}");
            }

            return Broken;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await output.WriteLineAsync($"Audit log could not be verified: {exception.GetType().Name}: {exception.Message}");
            return CouldNotRun;
        }
    }
}
