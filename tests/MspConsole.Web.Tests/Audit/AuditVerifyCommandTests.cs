using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Persistence;
using MspConsole.Web.Features.Audit;

namespace MspConsole.Web.Tests.Audit;

/// <summary>The hash chain against raw tampering of a SQLite file, through the verify-audit command.</summary>
public sealed class AuditVerifyCommandTests : IAsyncLifetime
{
    private readonly SqliteFileDatabase database = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        await using var db = database.CreateContext();
        db.AddRange(HistoryBuilder.UserActions(Guid.Empty, "user-1", "jan@example.test", "SendReminder", "ResetAuthenticator", "RemoveMethod", "RevokeSessions", "Exclude"));
        await db.SaveChangesAsync(cancellation);
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Verify_UntouchedChain_ExitsZero()
    {
        var (exitCode, output) = await RunAsync();

        Assert.Equal(AuditVerifyCommand.Intact, exitCode);
        Assert.Contains("intact: 5 entries", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowAlteredWithRawSql_ExitsOne_NamingThatEntry()
    {
        await ExecuteAsync("UPDATE AuditEntries SET Reason = 'nothing happened' WHERE Id = 3");

        var (exitCode, output) = await RunAsync();

        Assert.Equal(AuditVerifyCommand.Broken, exitCode);
        Assert.Contains("broken at entry 3:", output, StringComparison.Ordinal);
        Assert.Contains("content does not match its hash", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowDeletedWithRawSql_ExitsOne_NamingTheEntryAfterTheGap()
    {
        await ExecuteAsync("DELETE FROM AuditEntries WHERE Id = 2");

        var (exitCode, output) = await RunAsync();

        Assert.Equal(AuditVerifyCommand.Broken, exitCode);
        Assert.Contains("broken at entry 3:", output, StringComparison.Ordinal);
        Assert.Contains("link to the previous entry", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyCommand_AsAProcess_ExitsOneOnTampering()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "MspConsole.Web.dll");
        Assert.True(File.Exists(app), $"{app} is missing");
        await ExecuteAsync("UPDATE AuditEntries SET ActorUpn = 'someone.else@msp.example' WHERE Id = 4");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { app, "verify-audit", "--Database:Provider=Sqlite", $"--Database:ConnectionString={database.ConnectionString}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!; // Process.Start returns a process for a ProcessStartInfo with an executable.
        var output = await process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("broken at entry 4:", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync()
    {
        using var output = new StringWriter();
        var exitCode = await AuditVerifyCommand.RunAsync(["verify-audit", "--Database:Provider=Sqlite", $"--Database:ConnectionString={database.ConnectionString}"], output);
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
