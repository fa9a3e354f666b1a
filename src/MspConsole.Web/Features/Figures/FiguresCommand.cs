using MspConsole.Infrastructure;
using MspConsole.Infrastructure.Figures;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Figures;

/// <summary>
/// <c>dotnet run --project src/MspConsole.Web -- figures verify</c> compares every tenant's stored figures with a recount of its
/// users and prints each difference; <c>figures recount</c> also rewrites the tenants that differ. Exit code 0: all equal (verify)
/// or repaired (recount); 1: differences found by verify; 2: the command could not run.
/// </summary>
public static class FiguresCommand
{
    public const string Name = "figures";
    public const int Equal = 0;
    public const int Different = 1;
    public const int CouldNotRun = 2;

    public static bool IsRequested(string[] args) => args.Length > 0 && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var verb = args.Length > 1 ? args[1] : "";
        if (verb is not ("verify" or "recount"))
        {
            await output.WriteLineAsync("Usage: figures verify | figures recount [configuration, e.g. --Database:ConnectionString=...]");
            return CouldNotRun;
        }

        var builder = WebApplication.CreateBuilder(args[2..]);
        builder.Logging.ClearProviders();
        builder.Services.AddInfrastructure(builder.Configuration);
        await using var app = builder.Build();
        return await RunAsync(app.Services, repair: verb == "recount", output, CancellationToken.None);
    }

    public static async Task<int> RunAsync(IServiceProvider services, bool repair, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>();
            var differences = await FigureCheck.RunAsync(db, repair, cancellationToken);
            foreach (var tenant in differences)
            {
                await output.WriteLineAsync($"{tenant.TenantName} ({tenant.TenantId}): {string.Join("; ", tenant.Differences)}");
            }

            if (differences.Count == 0)
            {
                await output.WriteLineAsync("Every tenant's stored figures equal a recount of its users.");
                return Equal;
            }

            await output.WriteLineAsync(repair
                ? $"Rewrote the figures of {differences.Count} tenants (stored -> recounted above)."
                : $"{differences.Count} tenants' stored figures differ from a recount (stored -> recounted above); run `figures recount` to repair them.");
            return repair ? Equal : Different;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await output.WriteLineAsync($"The figures could not be checked: {exception.GetType().Name}: {exception.Message}");
            return CouldNotRun;
        }
    }
}
