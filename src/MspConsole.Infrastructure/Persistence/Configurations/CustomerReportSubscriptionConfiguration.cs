using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Reports;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class CustomerReportSubscriptionConfiguration : IEntityTypeConfiguration<CustomerReportSubscription>
{
    public void Configure(EntityTypeBuilder<CustomerReportSubscription> builder)
    {
        builder.HasKey(subscription => subscription.TenantId);
        builder.Property(subscription => subscription.Recipients).HasMaxLength(CustomerReportSubscription.RecipientsMaxLength);
        builder.Property(subscription => subscription.LastSentPeriod).HasMaxLength(CustomerReportSubscription.PeriodMaxLength);
        builder.Property(subscription => subscription.LastFailure).HasMaxLength(CustomerReportSubscription.ErrorMaxLength);
        builder.Property(subscription => subscription.SenderMailbox).HasMaxLength(CustomerReportSubscription.MailboxMaxLength);
        builder.Ignore(subscription => subscription.RecipientList);
        builder.OwnsOne(subscription => subscription.LastSentFigures);
        builder.HasIndex(subscription => subscription.SenderMailbox);
        builder.HasOne<Tenant>().WithOne().HasForeignKey<CustomerReportSubscription>(subscription => subscription.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
