namespace MspConsole.Infrastructure.Persistence.Migrations;

/// <summary>The data step of both providers' FiguresOnTenantRow migration: the figures move between TenantFigures and the
/// tenant's own row (the same SQL on SQLite and SQL Server).</summary>
internal static class FiguresOnTenantRowSql
{
    private static readonly string[] Columns =
        ["Users", "NotRegistered", "SingleMethod", "Resilient", "Excluded", "Disabled", "Admins", "AdminsWithoutMfa", "PerUserMfaEnforced", "OtherMfaMethodUsers"];

    public static readonly string CopyToTenants =
        $"UPDATE \"Tenants\" SET {string.Join(", ", Columns.Select(column => $"\"{column}\" = COALESCE((SELECT \"f\".\"{column}\" FROM \"TenantFigures\" AS \"f\" WHERE \"f\".\"TenantId\" = \"Tenants\".\"Id\"), 0)"))}";

    public static readonly string CopyBack =
        $"INSERT INTO \"TenantFigures\" (\"TenantId\", {string.Join(", ", Columns.Select(column => $"\"{column}\""))}) " +
        $"SELECT \"Id\", {string.Join(", ", Columns.Select(column => $"\"{column}\""))} FROM \"Tenants\"";
}
