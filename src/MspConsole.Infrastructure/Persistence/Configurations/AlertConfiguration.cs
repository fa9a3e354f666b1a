using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Alerts;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.HasKey(alert => alert.Id);
        builder.Property(alert => alert.Subject).HasMaxLength(Alert.SubjectMaxLength);
        builder.Property(alert => alert.SubjectName).HasMaxLength(Alert.SubjectNameMaxLength);
        builder.Property(alert => alert.Note).HasMaxLength(Alert.NoteMaxLength);
        builder.Property(alert => alert.OpenKey).HasMaxLength(Alert.OpenKeyMaxLength);
        builder.Ignore(alert => alert.IsOpen);

        // The dedupe: one open alert per rule, tenant and subject, even when two evaluations race (null once resolved).
        builder.HasIndex(alert => alert.OpenKey).IsUnique();
        // The evaluation reads a tenant's open alerts.
        builder.HasIndex(alert => new { alert.TenantId, alert.ResolvedAt });
    }
}
