using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspConsole.Core.Alerts;

namespace MspConsole.Infrastructure.Persistence.Configurations;

internal sealed class AlertRuleConfiguration : IEntityTypeConfiguration<AlertRule>
{
    public void Configure(EntityTypeBuilder<AlertRule> builder)
    {
        builder.HasKey(rule => rule.Id);
        builder.Property(rule => rule.EmailRecipients).HasMaxLength(AlertRule.RecipientsMaxLength);
        builder.Property(rule => rule.WebhookUrl).HasMaxLength(AlertRule.UrlMaxLength);
        builder.Property(rule => rule.ProtectedSecret).HasMaxLength(AlertRule.ProtectedSecretMaxLength);
        builder.Property(rule => rule.Language).HasMaxLength(AlertRule.LanguageMaxLength);
        builder.Property(rule => rule.CreatedBy).HasMaxLength(AlertRule.CreatedByMaxLength);
        builder.Ignore(rule => rule.RecipientList);
    }
}
