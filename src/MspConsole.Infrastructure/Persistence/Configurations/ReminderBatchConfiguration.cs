using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Reminders;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class ReminderBatchConfiguration : IEntityTypeConfiguration<ReminderBatch>
{
    public void Configure(EntityTypeBuilder<ReminderBatch> builder)
    {
        builder.HasKey(batch => batch.Id);
        builder.Property(batch => batch.Id).ValueGeneratedNever();
        builder.Property(batch => batch.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(batch => batch.Target).HasConversion<string>().HasMaxLength(16);
        builder.Property(batch => batch.RequestedByObjectId).HasMaxLength(ReminderBatch.ShortTextMaxLength);
        builder.Property(batch => batch.RequestedBy).HasMaxLength(ReminderBatch.ShortTextMaxLength);
        builder.Property(batch => batch.RequestedByRole).HasMaxLength(32);
        builder.Property(batch => batch.Reason).HasMaxLength(ReminderBatch.ReasonMaxLength);
        builder.Property(batch => batch.CorrelationId).HasMaxLength(64);
        builder.Property(batch => batch.ClientIp).HasMaxLength(64);

        // The reminders page: the latest send requests first.
        builder.HasIndex(batch => batch.CreatedAt);
    }
}
