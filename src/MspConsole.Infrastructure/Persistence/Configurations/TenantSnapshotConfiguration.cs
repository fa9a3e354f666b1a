using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Snapshots;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class TenantSnapshotConfiguration : IEntityTypeConfiguration<TenantSnapshot>
{
    public void Configure(EntityTypeBuilder<TenantSnapshot> builder)
    {
        builder.HasKey(snapshot => snapshot.Id);
        builder.Ignore(snapshot => snapshot.MfaRegistered);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(snapshot => snapshot.TenantId).OnDelete(DeleteBehavior.Cascade);

        // One snapshot per tenant per day; the trend chart reads a tenant's days in order.
        builder.HasIndex(snapshot => new { snapshot.TenantId, snapshot.Day }).IsUnique();
    }
}
