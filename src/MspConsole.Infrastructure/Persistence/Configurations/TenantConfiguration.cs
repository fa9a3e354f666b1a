using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.HasKey(tenant => tenant.Id);
        builder.Property(tenant => tenant.Id).ValueGeneratedNever();
        builder.Property(tenant => tenant.DisplayName).HasMaxLength(Tenant.DisplayNameMaxLength);
        // Ordinal, as TenantNameSortKey means it (SQLite's BINARY is set in its own context).
        builder.Property(tenant => tenant.NameSortKey).HasMaxLength(Tenant.DisplayNameMaxLength).UseCollation("Latin1_General_100_BIN2");
        builder.Property(tenant => tenant.DefaultDomain).HasMaxLength(Tenant.DomainMaxLength);
        builder.Property(tenant => tenant.CustomerItContact).HasMaxLength(Tenant.ContactMaxLength);
        builder.Property(tenant => tenant.Language).HasMaxLength(8);
        builder.Property(tenant => tenant.Tags).HasMaxLength(Tenant.TagsMaxLength);
        builder.Property(tenant => tenant.LastPollError).HasMaxLength(Tenant.ErrorMaxLength);
        builder.Property(tenant => tenant.ContractOwner).HasConversion<string>().HasMaxLength(32);
        builder.Property(tenant => tenant.ConsentState).HasConversion<string>().HasMaxLength(32);
        builder.Property(tenant => tenant.DataSource).HasConversion<string>().HasMaxLength(32);
        builder.Property(tenant => tenant.LastPollOutcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(tenant => tenant.Version).IsConcurrencyToken();
        builder.Ignore(tenant => tenant.IsActive);
        builder.Ignore(tenant => tenant.Standing);
        builder.Ignore(tenant => tenant.TagList);
        builder.Ignore(tenant => tenant.Figures);
        builder.Property<double>(TenantSortKeys.RegisteredShare).HasComputedColumnSql(TenantSortKeys.RegisteredShareSql, stored: true);
        builder.Property<double>(TenantSortKeys.ResilientShare).HasComputedColumnSql(TenantSortKeys.ResilientShareSql, stored: true);

        // Onboarding refuses a second tenant with the same domain; the overview searches by it.
        builder.HasIndex(tenant => tenant.DefaultDomain).IsUnique();
        // The overview's sorts, each read in index order among the tenants not offboarded, a page at a time; name, id break ties.
        builder.HasIndex(tenant => new { tenant.NameSortKey, tenant.Id });
        builder.HasIndex(nameof(Tenant.OffboardedAt), nameof(Tenant.AdminsWithoutMfa), TenantSortKeys.RegisteredShare, nameof(Tenant.NameSortKey), nameof(Tenant.Id))
            .IsDescending(false, true, false, false, false).HasDatabaseName("IX_Tenants_Overview_Critical");
        builder.HasIndex(nameof(Tenant.OffboardedAt), nameof(Tenant.Users), nameof(Tenant.NameSortKey), nameof(Tenant.Id)).HasDatabaseName("IX_Tenants_Overview_Users");
        builder.HasIndex(nameof(Tenant.OffboardedAt), TenantSortKeys.RegisteredShare, nameof(Tenant.NameSortKey), nameof(Tenant.Id)).HasDatabaseName("IX_Tenants_Overview_Registered");
        builder.HasIndex(nameof(Tenant.OffboardedAt), TenantSortKeys.ResilientShare, nameof(Tenant.NameSortKey), nameof(Tenant.Id)).HasDatabaseName("IX_Tenants_Overview_Resilient");
        builder.HasIndex(nameof(Tenant.OffboardedAt), nameof(Tenant.LastPollFinishedAt), nameof(Tenant.NameSortKey), nameof(Tenant.Id)).HasDatabaseName("IX_Tenants_Overview_LastPoll");
        // The overview's totals and its tag list, each read from an index that holds every column they need.
        builder.HasIndex(nameof(Tenant.OffboardedAt), nameof(Tenant.Users), nameof(Tenant.NotRegistered), nameof(Tenant.SingleMethod), nameof(Tenant.Resilient),
            nameof(Tenant.Excluded), nameof(Tenant.Admins), nameof(Tenant.AdminsWithoutMfa), nameof(Tenant.ConsentState), nameof(Tenant.LastPollOutcome),
            nameof(Tenant.LastSuccessfulPollAt)).HasDatabaseName("IX_Tenants_Overview_Totals");
        builder.HasIndex(nameof(Tenant.OffboardedAt), nameof(Tenant.Tags)).HasDatabaseName("IX_Tenants_Overview_Tags");
    }
}
