using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MspConsole.Core.Figures;

namespace MspConsole.Infrastructure.Figures;

/// <summary>
/// Adds a <see cref="FiguresDelta"/> to the stored figures: per tenant one UPDATE of its row's figure columns, SET x = x + @d;
/// per tenant and method likewise in TenantMethodFigures (an INSERT the first time). Plain ADO.NET on the save's own connection
/// and transaction, because it runs inside EF's SaveChanges, where the context itself may not start another command. The SQL
/// is the same on both providers.
/// </summary>
internal static class FigureCommands
{
    // The figure columns of a tenant's row are named as FigureCounts names them.
    private static readonly string[] Columns =
        [.. typeof(FigureCounts).GetProperties().Where(property => property.PropertyType == typeof(int)).Select(property => property.Name)];

    private static readonly string AddCounts =
        $"UPDATE \"Tenants\" SET {string.Join(", ", Columns.Select((column, i) => $"\"{column}\" = \"{column}\" + @p{i}"))} WHERE \"Id\" = @tenant";

    private static readonly string SetCounts =
        $"UPDATE \"Tenants\" SET {string.Join(", ", Columns.Select((column, i) => $"\"{column}\" = @p{i}"))} WHERE \"Id\" = @tenant";

    private const string UpdateMethod = "UPDATE \"TenantMethodFigures\" SET \"Users\" = \"Users\" + @users WHERE \"TenantId\" = @tenant AND \"Method\" = @method";

    private const string InsertMethod = "INSERT INTO \"TenantMethodFigures\" (\"TenantId\", \"Method\", \"Users\") VALUES (@tenant, @method, @users)";

    public static async Task ApplyAsync(DbConnection connection, DbTransaction? transaction, FiguresDelta delta, CancellationToken cancellationToken)
    {
        foreach (var (sql, tenantId, values, ifNoRow) in Statements(delta))
        {
            if (await ExecuteAsync(connection, transaction, sql, tenantId, values, cancellationToken) == 0 && ifNoRow is not null)
            {
                await ExecuteAsync(connection, transaction, ifNoRow, tenantId, values, cancellationToken);
            }
        }
    }

    /// <summary>The same for a synchronous SaveChanges.</summary>
    public static void Apply(DbConnection connection, DbTransaction? transaction, FiguresDelta delta)
    {
        foreach (var (sql, tenantId, values, ifNoRow) in Statements(delta))
        {
            if (Execute(connection, transaction, sql, tenantId, values) == 0 && ifNoRow is not null)
            {
                Execute(connection, transaction, ifNoRow, tenantId, values);
            }
        }
    }

    /// <summary>What a delta runs: per tenant its row's counts, per tenant and method an update, or an insert where no row updated.</summary>
    private static IEnumerable<(string Sql, Guid TenantId, (string Name, object Value)[] Values, string? IfNoRow)> Statements(FiguresDelta delta)
    {
        foreach (var (tenantId, counts) in delta.Counts)
        {
            yield return (AddCounts, tenantId, Values(counts), null);
        }

        foreach (var (tenantId, method, users) in delta.Methods)
        {
            yield return (UpdateMethod, tenantId, [("method", method), ("users", users)], InsertMethod);
        }
    }

    /// <summary>Overwrites a tenant's figure columns (a recount, or zero after a purge).</summary>
    public static async Task SetAsync(DbConnection connection, DbTransaction? transaction, Guid tenantId, FigureCounts counts, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, SetCounts, tenantId, Values(counts), cancellationToken);

    private static (string, object)[] Values(FigureCounts counts)
    {
        int[] numbers = [counts.Users, counts.NotRegistered, counts.SingleMethod, counts.Resilient, counts.Excluded, counts.Disabled,
            counts.Admins, counts.AdminsWithoutMfa, counts.PerUserMfaEnforced, counts.OtherMfaMethodUsers];
        return [.. numbers.Select((number, i) => ($"p{i.ToString(CultureInfo.InvariantCulture)}", (object)number))];
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, Guid tenantId, (string Name, object Value)[] values, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, tenantId, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static int Execute(DbConnection connection, DbTransaction? transaction, string sql, Guid tenantId, (string Name, object Value)[] values)
    {
        using var command = Command(connection, transaction, sql, tenantId, values);
        return command.ExecuteNonQuery();
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, Guid tenantId, (string Name, object Value)[] values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        // EF stores a Guid on SQLite as upper-case text; SQL Server has a uniqueidentifier.
        Add(command, "tenant", connection is SqliteConnection ? tenantId.ToString().ToUpperInvariant() : tenantId);
        foreach (var (name, value) in values)
        {
            Add(command, name, value);
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
