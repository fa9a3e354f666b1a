using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Audit;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.ActorObjectId).HasMaxLength(AuditEntry.ShortTextMaxLength);
        builder.Property(entry => entry.ActorUpn).HasMaxLength(AuditEntry.ShortTextMaxLength);
        builder.Property(entry => entry.ActorRole).HasMaxLength(32);
        builder.Property(entry => entry.Action).HasMaxLength(64);
        builder.Property(entry => entry.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(entry => entry.TargetUserObjectId).HasMaxLength(AuditEntry.ShortTextMaxLength);
        builder.Property(entry => entry.TargetUpn).HasMaxLength(AuditEntry.ShortTextMaxLength);
        builder.Property(entry => entry.Reason).HasMaxLength(AuditEntry.TextMaxLength);
        builder.Property(entry => entry.TicketReference).HasMaxLength(AuditEntry.ShortTextMaxLength);
        builder.Property(entry => entry.CallerVerification).HasMaxLength(AuditEntry.ShortTextMaxLength);
        builder.Property(entry => entry.Before).HasMaxLength(AuditEntry.TextMaxLength);
        builder.Property(entry => entry.After).HasMaxLength(AuditEntry.TextMaxLength);
        builder.Property(entry => entry.Error).HasMaxLength(AuditEntry.TextMaxLength);
        builder.Property(entry => entry.CorrelationId).HasMaxLength(64);
        builder.Property(entry => entry.GraphRequestId).HasMaxLength(64);
        builder.Property(entry => entry.ClientIp).HasMaxLength(64);
        builder.Property(entry => entry.PreviousHash).HasMaxLength(64);
        builder.Property(entry => entry.Hash).HasMaxLength(64);

        // Two writers appending at once would fork the chain; the unique link makes the second one retry instead.
        builder.HasIndex(entry => entry.PreviousHash).IsUnique();
        // One entry per position: a second writer at the same position retries too.
        builder.HasIndex(entry => entry.Sequence).IsUnique();
        // Audit page filters: by time, by tenant and time, by actor and time.
        builder.HasIndex(entry => entry.OccurredAt);
        builder.HasIndex(entry => new { entry.TenantId, entry.OccurredAt });
        builder.HasIndex(entry => new { entry.ActorUpn, entry.OccurredAt });
        // A user's history of actions on the user page.
        builder.HasIndex(entry => new { entry.TenantId, entry.TargetUserObjectId });
    }
}
