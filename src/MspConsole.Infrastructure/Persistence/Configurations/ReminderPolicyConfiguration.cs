using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class ReminderPolicyConfiguration : IEntityTypeConfiguration<ReminderPolicy>
{
    public void Configure(EntityTypeBuilder<ReminderPolicy> builder)
    {
        builder.HasKey(policy => policy.TenantId);
        builder.Property(policy => policy.SenderMailbox).HasMaxLength(ReminderPolicy.MailboxMaxLength);
        builder.Property(policy => policy.Version).IsConcurrencyToken();
        builder.HasOne<Tenant>().WithOne().HasForeignKey<ReminderPolicy>(policy => policy.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
