namespace MspConsole.Infrastructure.Persistence;

/// <summary>
/// The overview's ratio sorts, computed by the database from the tenant's figure columns and indexed, so that a sorted page
/// reads an index instead of computing and sorting every tenant. The share of registered (or resilient) users among those
/// not excluded; 2.0, after every real share, for a tenant with no such user. One SQL for SQLite and SQL Server.
/// </summary>
public static class TenantSortKeys
{
    public const string RegisteredShare = "RegisteredShare";

    public const string ResilientShare = "ResilientShare";

    internal const string RegisteredShareSql =
        "CASE WHEN \"Users\" - \"Excluded\" > 0 THEN CAST(\"SingleMethod\" + \"Resilient\" AS FLOAT) / (\"Users\" - \"Excluded\") ELSE 2.0 END";

    internal const string ResilientShareSql =
        "CASE WHEN \"Users\" - \"Excluded\" > 0 THEN CAST(\"Resilient\" AS FLOAT) / (\"Users\" - \"Excluded\") ELSE 2.0 END";
}
