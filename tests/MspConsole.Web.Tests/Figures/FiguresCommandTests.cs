using Microsoft.Data.Sqlite;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Persistence;
using MspConsole.Web.Features.Figures;

namespace MspConsole.Web.Tests.Figures;

/// <summary>
/// <c>figures verify</c> and <c>figures recount</c> against a SQLite file whose users were saved by the real context (so their
/// figures were kept), then tampered with by hand.
/// </summary>
public sealed class FiguresCommandTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly Guid tenant = Guid.NewGuid();

    private string[] Arguments => ["--environment=Development", "--Database:Provider=Sqlite", $"--Database:ConnectionString={database.ConnectionString}"];

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        await using var db = database.CreateContext();
        db.AddRange(
            new TenantBuilder().WithId(tenant).Named("Delta Assurances", "delta-assurances.be").Build(),
            new TenantUserBuilder(tenant).Named("Ann Active", "ann@delta-assurances.be").Resilient().Build(),
            new TenantUserBuilder(tenant).Named("Bob Bare", "bob@delta-assurances.be").NotRegistered().AsAdmin().Build(),
            new TenantUserBuilder(tenant).Named("Cas Single", "cas@delta-assurances.be").SingleMethod().Build());
        await db.SaveChangesAsync(cancellation);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Verify_FiguresKeptBySaves_ExitsZero()
    {
        var (exitCode, output) = await RunAsync("verify");

        Assert.Equal(FiguresCommand.Equal, exitCode);
        Assert.Contains("Every tenant's stored figures equal a recount", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FiguresTamperedWith_ExitsOneNamingTheTenantAndEachFigure_RecountRepairsThem()
    {
        await ExecuteAsync("UPDATE Tenants SET Users = 7, AdminsWithoutMfa = 0");

        var (verifyCode, verifyOutput) = await RunAsync("verify");
        var (recountCode, recountOutput) = await RunAsync("recount");
        var (afterCode, _) = await RunAsync("verify");

        Assert.Equal(FiguresCommand.Different, verifyCode);
        Assert.Contains($"Delta Assurances ({tenant}): Users: 7 -> 3; AdminsWithoutMfa: 0 -> 1", verifyOutput, StringComparison.Ordinal);
        Assert.Equal(FiguresCommand.Equal, recountCode);
        Assert.Contains("Rewrote the figures of 1 tenants", recountOutput, StringComparison.Ordinal);
        Assert.Equal(FiguresCommand.Equal, afterCode);
    }

    [Fact]
    public async Task Figures_WithoutAVerb_PrintsUsageAndCannotRun()
    {
        var (exitCode, output) = await RunAsync("check");

        Assert.Equal(FiguresCommand.CouldNotRun, exitCode);
        Assert.Contains("Usage: figures verify | figures recount", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string verb)
    {
        using var output = new StringWriter();
        var exitCode = await FiguresCommand.RunAsync(["figures", verb, .. Arguments], output);
        return (exitCode, output.ToString());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync(cancellation));
    }
}
