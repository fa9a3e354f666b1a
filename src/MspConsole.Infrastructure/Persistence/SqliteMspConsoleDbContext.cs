using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MspConsole.Core.Reminders;
using MspConsole.Core.Users;

namespace MspConsole.Infrastructure.Persistence;

/// <summary>The embedded default's database: same model, its own migration set (Migrations/Sqlite).</summary>
public sealed class SqliteMspConsoleDbContext(DbContextOptions<SqliteMspConsoleDbContext> options) : MspConsoleDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset stored as text; as ticks+offset it can, and all our times are UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // SQLite's LIKE is case-insensitive and uses an index for a prefix only when the index is NOCASE (SQL Server's
        // default collation already is): without this, finding a user across 1,000,000 rows scans them all (3.4 s).
        // UPNs are case-insensitive in Entra ID anyway.
        var users = modelBuilder.Entity<TenantUser>();
        users.Property(user => user.UserPrincipalName).UseCollation("NOCASE");
        users.Property(user => user.DisplayName).UseCollation("NOCASE");
        var tenants = modelBuilder.Entity<Core.Tenants.Tenant>();
        tenants.Property(tenant => tenant.NameSortKey).UseCollation("BINARY");
        // Virtual on SQLite, which can index a virtual column and cannot add a stored one to an existing table.
        tenants.Property<double>(TenantSortKeys.RegisteredShare).HasComputedColumnSql(TenantSortKeys.RegisteredShareSql, stored: false);
        tenants.Property<double>(TenantSortKeys.ResilientShare).HasComputedColumnSql(TenantSortKeys.ResilientShareSql, stored: false);
        modelBuilder.Entity<UserSearchTerm>().Property(term => term.Term).UseCollation("BINARY");
        // Exchange's sending limit is per mailbox whatever its spelling: the rate limiter counts sends by this column.
        modelBuilder.Entity<Reminder>().Property(reminder => reminder.SenderMailbox).UseCollation("NOCASE");
    }
}
