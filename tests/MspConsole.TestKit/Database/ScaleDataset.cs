using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.TestKit.Builders;

namespace MspConsole.TestKit.Database;

/// <summary>
/// The design's scale on SQLite: many tenants with the same number of users each (one in five not registered, one in five
/// with a single method, every fiftieth an admin), written with straight SQL: a million rows through the change tracker
/// would measure EF, not the console.
/// </summary>
public static class ScaleDataset
{
    public static async Task<IReadOnlyList<Tenant>> SeedAsync(SqliteTestDatabase database, int tenantCount, int usersPerTenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var tenants = Enumerable.Range(0, tenantCount).Select(index => new TenantBuilder().Named($"Scale tenant {index:D4}", $"scale{index:D4}.test").Build()).ToList();
        await database.SeedAsync(tenants, cancellationToken);
        await using var db = database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0})
            INSERT INTO TenantUsers (TenantId, ObjectId, UserPrincipalName, DisplayName, IsGuest, IsAdmin, IsMfaRegistered, IsMfaCapable,
                IsSsprRegistered, IsPasswordlessCapable, MethodsRegistered, MfaMethodCount, PerUserMfaState, FirstSeenAt, LastSeenAt, IsExcluded, Status)
            SELECT t.Id, lower(t.Id) || '-' || n.i, 'user' || n.i || '@' || t.DefaultDomain, 'User ' || n.i, 0, n.i % 50 = 0, n.i % 5 <> 0, n.i % 5 <> 0,
                1, 0, CASE n.i % 5 WHEN 0 THEN '' WHEN 1 THEN 'mobilePhone' ELSE 'microsoftAuthenticatorPush,mobilePhone' END,
                CASE n.i % 5 WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE 2 END, 'Unknown', 0, 0, 0,
                CASE n.i % 5 WHEN 0 THEN 'NotRegistered' WHEN 1 THEN 'SingleMethod' ELSE 'Resilient' END
            FROM Tenants t CROSS JOIN n
            """,
            [usersPerTenant],
            cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        return tenants;
    }
}
