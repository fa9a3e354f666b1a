using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class AccountManagerAssignmentConfiguration : IEntityTypeConfiguration<AccountManagerAssignment>
{
    public void Configure(EntityTypeBuilder<AccountManagerAssignment> builder)
    {
        builder.HasKey(assignment => new { assignment.TenantId, assignment.AccountManagerObjectId });
        builder.Property(assignment => assignment.AccountManagerObjectId).HasMaxLength(AccountManagerAssignment.ObjectIdMaxLength);
        builder.Property(assignment => assignment.AccountManagerUpn).HasMaxLength(AccountManagerAssignment.UpnMaxLength);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(assignment => assignment.TenantId).OnDelete(DeleteBehavior.Cascade);

        // Every account manager query starts from "the tenants assigned to me".
        builder.HasIndex(assignment => assignment.AccountManagerObjectId);
    }
}
