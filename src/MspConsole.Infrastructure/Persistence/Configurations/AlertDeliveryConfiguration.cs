using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Alerts;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.HasKey(delivery => delivery.Id);
        builder.Property(delivery => delivery.Target).HasMaxLength(AlertDelivery.TargetMaxLength);
        builder.Property(delivery => delivery.LastError).HasMaxLength(AlertDelivery.ErrorMaxLength);
        builder.Property(delivery => delivery.SenderMailbox).HasMaxLength(AlertDelivery.TargetMaxLength);
        builder.HasOne<Alert>().WithMany().HasForeignKey(delivery => delivery.AlertId).OnDelete(DeleteBehavior.Cascade);

        // Each message of an alert is recorded once.
        builder.HasIndex(delivery => new { delivery.AlertId, delivery.Event, delivery.Channel, delivery.Target }).IsUnique();
        // The mailbox limiter counts the slots of a sender mailbox.
        builder.HasIndex(delivery => new { delivery.SenderMailbox, delivery.SendSlotUntil });
    }
}
