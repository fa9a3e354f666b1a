using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.HasKey(reminder => reminder.Id);
        builder.Property(reminder => reminder.UserObjectId).HasMaxLength(64);
        builder.Property(reminder => reminder.RecipientAddress).HasMaxLength(Reminder.AddressMaxLength);
        builder.Property(reminder => reminder.Language).HasMaxLength(8);
        builder.Property(reminder => reminder.SenderMailbox).HasMaxLength(Reminder.AddressMaxLength);
        builder.Property(reminder => reminder.RequestedBy).HasMaxLength(256);
        builder.Property(reminder => reminder.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(reminder => reminder.Error).HasMaxLength(Reminder.ErrorMaxLength);
        builder.Property(reminder => reminder.GraphRequestId).HasMaxLength(64);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(reminder => reminder.TenantId).OnDelete(DeleteBehavior.Cascade);

        // The campaign's "how many reminders has this user had, and when was the last" and the user page's history.
        builder.HasIndex(reminder => new { reminder.TenantId, reminder.UserObjectId, reminder.CreatedAt });
        // A batch's progress (counts by outcome) and its job's "next pending reminders".
        builder.HasIndex(reminder => new { reminder.BatchId, reminder.Outcome });
        // The rate limiter's "which slots of this mailbox are taken": SendSlotUntil, and SentAt for sends recorded
        // before SendSlotUntil existed (or by an instance still on the old version during a rolling deploy).
        builder.HasIndex(reminder => new { reminder.SenderMailbox, reminder.SendSlotUntil });
        builder.HasIndex(reminder => new { reminder.SenderMailbox, reminder.SentAt });
        builder.HasOne<ReminderBatch>().WithMany().HasForeignKey(reminder => reminder.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
