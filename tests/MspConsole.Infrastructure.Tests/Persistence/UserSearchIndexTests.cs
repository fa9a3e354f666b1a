using Microsoft.EntityFrameworkCore;
using MspConsole.TestKit.Database;

namespace MspConsole.Infrastructure.Tests.Persistence;

/// <summary>Finding a user by the start of their UPN or name must seek an index, not scan a million rows.</summary>
public sealed class UserSearchIndexTests
{
    [Fact]
    public async Task TenantUserTablePrefixSearch_OnSqlite_ReadsOnlyThatTenantsRange()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The shape TenantUserQueries sends for the tenant page's search box.
        command.CommandText = "EXPLAIN QUERY PLAN SELECT Id FROM TenantUsers WHERE TenantId = 'T' AND RemovedAt IS NULL " +
            "AND (UserPrincipalName LIKE 'jan.peeters%' ESCAPE '\\' OR DisplayName LIKE 'jan.peeters%' ESCAPE '\\') ORDER BY UserPrincipalName LIMIT 51";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                plan.Add(reader.GetString(reader.GetOrdinal("detail")));
            }
        }

        Assert.True(plan.Exists(step => step.Contains("USING INDEX IX_TenantUsers_TenantId_", StringComparison.Ordinal) && step.Contains("(TenantId=?", StringComparison.Ordinal)), string.Join(" | ", plan));
    }

    [Fact]
    public async Task SearchTermPrefix_OnSqlite_SeeksTheTermKey_InKeyOrder()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The shape SearchQueries sends: one kind of term, a prefix range under the binary collation, read in key order.
        command.CommandText = "EXPLAIN QUERY PLAN SELECT TenantUserId FROM UserSearchTerms WHERE IsFullName = 0 AND Term >= 'acker' AND Term < 'acker{' ORDER BY Term LIMIT 102";
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                plan.Add(reader.GetString(reader.GetOrdinal("detail")));
            }
        }

        Assert.True(plan.Exists(step => step.Contains("(IsFullName=? AND Term>? AND Term<?)", StringComparison.Ordinal)), string.Join(" | ", plan));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
