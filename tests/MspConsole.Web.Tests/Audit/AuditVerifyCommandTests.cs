using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure;
using MspConsole.TestKit.Database;
using MspConsole.Web.Features.Audit;

namespace MspConsole.Web.Tests.Audit;

/// <summary>
/// Tampering with a SQLite file by someone with write access to the database but not the audit key, caught by the
/// verify-audit command. The entries are written by the real audit log (keyed hashes, signed checkpoints in the file).
/// </summary>
public sealed class AuditVerifyCommandTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    private string[] Arguments => ["--environment=Development", "--Database:Provider=Sqlite", $"--Database:ConnectionString={database.ConnectionString}"];

    public async ValueTask InitializeAsync()
    {
        await database.InitializeAsync();
        var builder = WebApplication.CreateBuilder(Arguments);
        builder.Logging.ClearProviders();
        builder.Services.AddInfrastructure(builder.Configuration);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var at = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        foreach (var action in new[] { "SendReminder", "ResetAuthenticator", "RemoveMethod", "RevokeSessions", "Exclude" })
        {
            await log.AppendAsync(new AuditEvent(at, "6a1c0000-0000-4000-8000-00000000b001", "hugo.helpdesk@msp.example", "Helpdesk", action, AuditOutcome.Succeeded,
                Guid.Empty, "user-1", "jan@example.test", "Phone replaced", "INC-1234"), cancellation);
            at = at.AddHours(1);
        }
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Verify_UntouchedChain_ExitsZero()
    {
        var (exitCode, output) = await RunAsync();

        Assert.Equal(AuditVerifyCommand.Intact, exitCode);
        Assert.Contains("intact: 5 entries and 5 checkpoints checked", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FieldEdited_NamesTheEntry()
    {
        await ExecuteAsync("UPDATE AuditEntries SET Reason = 'nothing happened' WHERE Id = 3");

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("- entry 3: its content does not match its keyed hash", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_MiddleRowDeleted_NamesTheMissingPosition()
    {
        await ExecuteAsync("DELETE FROM AuditEntries WHERE Id = 3");

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("- position 3 is missing: an entry was deleted", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowInserted_NamesTheInsertedEntry()
    {
        // A plausible row at the end of the chain: linked to the last entry, with the unkeyed SHA-256 an attacker can compute.
        await ExecuteAsync("""
            INSERT INTO AuditEntries (Id, Sequence, OccurredAt, ActorObjectId, ActorUpn, ActorRole, Action, Outcome, Reason, PreviousHash, Hash)
            SELECT 6, 6, OccurredAt, ActorObjectId, ActorUpn, ActorRole, 'IssueTemporaryAccessPass', 'Succeeded', 'approved by phone', Hash,
                   '0000000000000000000000000000000000000000000000000000000000000006'
            FROM AuditEntries WHERE Id = 5
            """);

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("- entry 6: its content does not match its keyed hash", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowsReordered_NamesTheReordering()
    {
        await ExecuteAsync("UPDATE AuditEntries SET Id = -2 WHERE Id = 2");
        await ExecuteAsync("UPDATE AuditEntries SET Id = 2 WHERE Id = 3");
        await ExecuteAsync("UPDATE AuditEntries SET Id = 3 WHERE Id = -2");

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("- entry 3: it is position 2 of the chain but is stored after position 3: rows were reordered", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_LastRowsDeleted_NamesHowManyAgainstTheCheckpoint()
    {
        await ExecuteAsync("DELETE FROM AuditEntries WHERE Id >= 4", expectedRows: 2);

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("the chain ends at position 3 but the checkpoint of", output, StringComparison.Ordinal);
        Assert.Contains("recorded 5 entries: the last 2 entries were deleted", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TableEmptied_SaysEveryEntryWasDeleted()
    {
        await ExecuteAsync("DELETE FROM AuditEntries", expectedRows: 5);

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("the audit table is empty but the checkpoint of", output, StringComparison.Ordinal);
        Assert.Contains("recorded 5 entries: every entry was deleted", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_EditWithEveryFollowingHashRecomputedWithoutTheKey_NamesTheEditedEntry()
    {
        var attackersKey = new AuditKey(Enumerable.Repeat((byte)7, 32).ToArray());
        await using (var db = database.CreateContext())
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellation);
            var previous = entries[1].Head;
            foreach (var entry in entries.Skip(2))
            {
                var reason = entry.Id == 3 ? "nothing happened" : entry.Reason;
                var forged = AuditEntry.Chain(
                    new AuditEvent(entry.OccurredAt, entry.ActorObjectId, entry.ActorUpn, entry.ActorRole, entry.Action, entry.Outcome, entry.TenantId,
                        entry.TargetUserObjectId, entry.TargetUpn, reason, entry.TicketReference), previous, attackersKey);
                await ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
                    $"UPDATE AuditEntries SET Reason = '{reason}', PreviousHash = '{forged.PreviousHash}', Hash = '{forged.Hash}' WHERE Id = {entry.Id}"));
                previous = forged.Head;
            }
        }

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("- entry 3: its content does not match its keyed hash", output, StringComparison.Ordinal);
        Assert.Contains("- entry 5: its content does not match its keyed hash", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_CheckpointEdited_SaysTheCheckpointFileWasAltered()
    {
        var file = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(database.FilePath)!, "audit-checkpoints"), "*.jsonl").Single();
        var lines = await File.ReadAllLinesAsync(file, cancellation);
        lines[^1] = lines[^1].Replace("\"sequence\":5", "\"sequence\":3", StringComparison.Ordinal);
        await File.WriteAllLinesAsync(file, lines, cancellation);

        var output = await RunExpectingTamperingAsync();

        Assert.Contains("at position 3 is not signed with the audit key: the checkpoint file was altered", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyCommand_AsAProcess_ExitsOneOnTampering()
    {
        var app = Path.Combine(AppContext.BaseDirectory, "MspConsole.Web.dll");
        Assert.True(File.Exists(app), $"{app} is missing");
        await ExecuteAsync("UPDATE AuditEntries SET ActorUpn = 'someone.else@msp.example' WHERE Id = 4");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { app, "verify-audit" }.Concat(Arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!; // Process.Start returns a process for a ProcessStartInfo with an executable.
        var output = await process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("- entry 4: its content does not match its keyed hash", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_InProductionWithoutAConfiguredKey_CannotRun()
    {
        using var output = new StringWriter();

        var exitCode = await AuditVerifyCommand.RunAsync(["verify-audit", "--environment=Production", .. Arguments[1..]], output);

        Assert.Equal(AuditVerifyCommand.CouldNotRun, exitCode);
        Assert.Contains("Audit:Key or Audit:KeyFile is required in Production", output.ToString(), StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync()
    {
        using var output = new StringWriter();
        var exitCode = await AuditVerifyCommand.RunAsync(["verify-audit", .. Arguments], output);
        return (exitCode, output.ToString());
    }

    private async Task<string> RunExpectingTamperingAsync()
    {
        var (exitCode, output) = await RunAsync();
        Assert.True(exitCode == AuditVerifyCommand.Broken, $"exit code {exitCode}:\n{output}");
        Assert.Contains("Audit log tampered", output, StringComparison.Ordinal);
        return output;
    }

    private async Task ExecuteAsync(string sql, int expectedRows = 1)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellation);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(expectedRows, await command.ExecuteNonQueryAsync(cancellation));
    }
}
