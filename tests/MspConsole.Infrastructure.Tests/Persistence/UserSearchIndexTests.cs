using Microsoft.EntityFrameworkCore;
using MspConsole.TestKit.Database;

namespace MspConsole.Infrastructure.Tests.Persistence;

/// <summary>Finding a user by the start of their UPN or name must seek an index, not scan a million rows.</summary>
public sealed class UserSearchIndexTests
{
    [Fact]
    public async Task TenantUserTablePrefixSearch_OnSqlite_ReadsOnlyThatTenantsRange()
    {
        // The shape TenantUserQueries sends for the tenant page's search box.
        var plan = await PlanAsync("SELECT Id FROM TenantUsers WHERE TenantId = 'T' AND RemovedAt IS NULL " +
            "AND (UserPrincipalName LIKE 'jan.peeters%' ESCAPE '\\' OR DisplayName LIKE 'jan.peeters%' ESCAPE '\\') ORDER BY UserPrincipalName LIMIT 51");

        Assert.True(plan.Exists(step => step.Contains("USING INDEX IX_TenantUsers_TenantId_", StringComparison.Ordinal) && step.Contains("(TenantId=?", StringComparison.Ordinal)), string.Join(" | ", plan));
    }

    [Fact]
    public async Task SearchTermPrefix_OnSqlite_SeeksTheTermKey_InKeyOrder()
    {
        // The shape SearchQueries sends: one kind of term, a prefix range under the binary collation, read in key order.
        var plan = await PlanAsync("SELECT TenantUserId FROM UserSearchTerms WHERE IsFullName = 0 AND Term >= 'acker' AND Term < 'acker{' ORDER BY Term LIMIT 102");

        Assert.True(plan.Exists(step => step.Contains("(IsFullName=? AND Term>? AND Term<?)", StringComparison.Ordinal)), string.Join(" | ", plan));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    /// <summary>SQLite's plan for <paramref name="sql"/> on a freshly migrated database, one line per step.</summary>
    private static async Task<List<string>> PlanAsync(string sql)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        await using var db = database.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            plan.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return plan;
    }
}
