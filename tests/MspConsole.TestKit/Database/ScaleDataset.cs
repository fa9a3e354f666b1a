using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MspConsole.Infrastructure.Figures;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.TestKit.Builders;

namespace MspConsole.TestKit.Database;

/// <summary>
/// The design's scale on SQLite: many tenants with the same number of users each (one in five not registered, one in five
/// with a single method, every fiftieth an admin), named from Belgian first names and surnames (Flemish ones with a space,
/// accented French ones) and with their search terms, written with straight SQL: a million rows through the change
/// tracker would measure EF, not the console.
/// </summary>
public static class ScaleDataset
{
    /// <summary>Surnames a caller gives; "Van Acker" is found by "acker" and "vanacker", "Dupré" by "dupre".</summary>
    public static readonly string[] Surnames =
    [
        "Van Acker", "Peeters", "Janssens", "De Smet", "Vanacker", "Dubois", "Maes", "Van den Broeck", "Lambert", "Claes",
        "Dupré", "Willems", "De Clercq", "Goossens", "Martin", "Van Damme", "Wouters", "Lefèvre", "Mertens", "D'Hondt",
        "Verstraete", "Hermans", "Vandenberghe", "Leroy", "De Backer",
    ];

    private static readonly string[] FirstNames =
        ["Wim", "Élise", "Jan", "An", "Pieter", "Sofie", "Luc", "Marie", "Tom", "Nathalie", "Koen", "Chloé", "Bart", "Lies", "Hugo", "Amélie"];

    private const int TermBatch = 20_000;

    public static async Task<IReadOnlyList<Tenant>> SeedAsync(SqliteTestDatabase database, int tenantCount, int usersPerTenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var tenants = Enumerable.Range(0, tenantCount).Select(index => new TenantBuilder().Named($"Scale tenant {index:D4}", $"scale{index:D4}.test").Build()).ToList();
        await database.SeedAsync(tenants, cancellationToken);
        await InsertUsersAsync(database, tenants: null, usersPerTenant, cancellationToken);
        return tenants;
    }

    /// <summary>One more tenant, <c>large.test</c>, with <paramref name="users"/> users of the same mix (the tenant page at 20,000 users).</summary>
    public static async Task<Tenant> SeedLargeTenantAsync(SqliteTestDatabase database, int users, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var tenant = new TenantBuilder().Named("Large tenant", "large.test").Build();
        await database.SeedAsync(cancellationToken, tenant);
        await InsertUsersAsync(database, tenant.Id, users, cancellationToken);
        return tenant;
    }

    /// <summary>Users for every tenant (or one), then their search terms and stored figures, as the poll would leave them.</summary>
    private static async Task InsertUsersAsync(SqliteTestDatabase database, Guid? tenants, int usersPerTenant, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var firstId = await db.TenantUsers.MaxAsync(user => (long?)user.Id, cancellationToken) ?? 0;
        var firstNames = string.Join(", ", FirstNames.Select((name, index) => $"({index}, '{name.Replace("'", "''", StringComparison.Ordinal)}')"));
        var surnames = string.Join(", ", Surnames.Select((name, index) => $"({index}, '{name.Replace("'", "''", StringComparison.Ordinal)}')"));
#pragma warning disable EF1002 // The interpolated name lists are constants of this class, quoted above; the user count and tenant are parameters.
        await db.Database.ExecuteSqlRawAsync(
            $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {"{0}"}),
                first(k, name) AS (VALUES {firstNames}),
                last(k, name) AS (VALUES {surnames})
            INSERT INTO TenantUsers (TenantId, ObjectId, UserPrincipalName, DisplayName, IsGuest, IsAdmin, IsMfaRegistered, IsMfaCapable,
                IsSsprRegistered, IsPasswordlessCapable, MethodsRegistered, MfaMethodCount, PerUserMfaState, FirstSeenAt, LastSeenAt, IsExcluded, Status,
                StatusRank, SearchTermsCurrent)
            SELECT t.Id, lower(t.Id) || '-' || n.i, 'user' || n.i || '@' || t.DefaultDomain, f.name || ' ' || l.name, 0, n.i % 50 = 0, n.i % 5 <> 0, n.i % 5 <> 0,
                1, 0, CASE n.i % 5 WHEN 0 THEN '' WHEN 1 THEN 'mobilePhone' ELSE 'microsoftAuthenticatorPush,mobilePhone' END,
                CASE n.i % 5 WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE 2 END, 'Unknown', 0, 0, 0,
                CASE n.i % 5 WHEN 0 THEN 'NotRegistered' WHEN 1 THEN 'SingleMethod' ELSE 'Resilient' END,
                CASE n.i % 5 WHEN 0 THEN 0 WHEN 1 THEN 1 ELSE 2 END, 1
            FROM Tenants t CROSS JOIN n
            JOIN first f ON f.k = n.i % {FirstNames.Length}
            JOIN last l ON l.k = (n.i / {FirstNames.Length} + abs(t.rowid)) % {Surnames.Length}
            WHERE {"{1}"} = '' OR t.Id = {"{1}"}
            """,
            [usersPerTenant, tenants?.ToString().ToUpperInvariant() ?? ""],
            cancellationToken);
#pragma warning restore EF1002
        await WriteSearchTermsAsync((SqliteConnection)db.Database.GetDbConnection(), firstId, cancellationToken);
        await FigureCheck.FillMissingAsync(db, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
    }

    /// <summary>The terms the poll would write (<see cref="SearchTerms"/>), in batches of users read by id.</summary>
    private static async Task WriteSearchTermsAsync(SqliteConnection connection, long afterId, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        var lastId = afterId;
        while (true)
        {
            var users = new List<(long Id, string TenantId, string DisplayName, string Upn)>(TermBatch);
            await using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT Id, TenantId, DisplayName, UserPrincipalName FROM TenantUsers WHERE Id > $last ORDER BY Id LIMIT $batch";
                read.Parameters.AddWithValue("$last", lastId);
                read.Parameters.AddWithValue("$batch", TermBatch);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    users.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
                }
            }

            if (users.Count == 0)
            {
                return;
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO UserSearchTerms (TenantUserId, TenantId, Term, IsFullName) VALUES ($user, $tenant, $term, $full)";
            var user = insert.Parameters.Add("$user", SqliteType.Integer);
            var tenant = insert.Parameters.Add("$tenant", SqliteType.Text);
            var term = insert.Parameters.Add("$term", SqliteType.Text);
            var full = insert.Parameters.Add("$full", SqliteType.Integer);
            foreach (var row in users)
            {
                user.Value = row.Id;
                tenant.Value = row.TenantId;
                foreach (var searchTerm in SearchTerms.Of(row.DisplayName, row.Upn))
                {
                    term.Value = searchTerm.Text;
                    full.Value = searchTerm.IsFullName ? 1 : 0;
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            lastId = users[^1].Id;
        }
    }
}
