using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Actions;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class ActionReceiptConfiguration : IEntityTypeConfiguration<ActionReceipt>
{
    public void Configure(EntityTypeBuilder<ActionReceipt> builder)
    {
        // The key itself is the idempotency check: a second insert of the same key fails.
        builder.HasKey(receipt => receipt.Key);
        builder.Property(receipt => receipt.Key).ValueGeneratedNever();
        builder.Property(receipt => receipt.ActorObjectId).HasMaxLength(256);
        builder.Property(receipt => receipt.Summary).HasMaxLength(ActionReceipt.SummaryMaxLength);
    }
}
