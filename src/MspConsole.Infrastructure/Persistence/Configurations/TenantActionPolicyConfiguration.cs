using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Actions;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class TenantActionPolicyConfiguration : IEntityTypeConfiguration<TenantActionPolicy>
{
    public void Configure(EntityTypeBuilder<TenantActionPolicy> builder)
    {
        builder.HasKey(policy => policy.TenantId);
        builder.Property(policy => policy.ChangedBy).HasMaxLength(256);
        builder.Property(policy => policy.SwitchOffRequestedById).HasMaxLength(256);
        builder.Property(policy => policy.SwitchOffRequestedBy).HasMaxLength(256);
        builder.Property(policy => policy.SwitchOffReason).HasMaxLength(TenantActionPolicy.ReasonMaxLength);
        builder.HasOne<Tenant>().WithOne().HasForeignKey<TenantActionPolicy>(policy => policy.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
