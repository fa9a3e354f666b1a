using System.Globalization;

namespace MspConsole.Core.Reports;

/// <summary>
/// A tenant's opt-in to the customer report by mail: how often and to whom. Also remembers the last period sent (so a
/// second run in the same period sends nothing), the figures it carried (for "change since the previous report"), the
/// last failure to show on the admin page, and the sender-mailbox slot the send holds (see MailboxRateLimiter).
/// </summary>
public sealed class CustomerReportSubscription
{
    public const int RecipientsMaxLength = 1000;
    public const int MailboxMaxLength = 320;
    public const int PeriodMaxLength = 16;
    public const int ErrorMaxLength = 2000;

    private CustomerReportSubscription()
    {
    }

    public CustomerReportSubscription(Guid tenantId) => TenantId = tenantId;

    public Guid TenantId { get; private set; }

    public bool Enabled { get; private set; }

    public ReportFrequency Frequency { get; private set; }

    /// <summary>Addresses separated by ";", validated by the form.</summary>
    public string Recipients { get; private set; } = "";

    public string? LastSentPeriod { get; private set; }

    public DateTimeOffset? LastSentAt { get; private set; }

    public ReportFigures? LastSentFigures { get; private set; }

    public DateTimeOffset? LastFailedAt { get; private set; }

    public string? LastFailure { get; private set; }

    public string? SenderMailbox { get; private set; }

    public DateTimeOffset? SendSlotUntil { get; private set; }

    public IReadOnlyList<string> RecipientList =>
        Recipients.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Configure(bool enabled, ReportFrequency frequency, IEnumerable<string> recipients)
    {
        Enabled = enabled;
        Frequency = frequency;
        Recipients = string.Join(";", recipients.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The period <paramref name="now"/> falls in (ISO week or calendar month, UTC): one report per period.</summary>
    public string PeriodOf(DateTimeOffset now) => Frequency == ReportFrequency.Weekly
        ? string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(now.UtcDateTime)}-W{ISOWeek.GetWeekOfYear(now.UtcDateTime):00}")
        : now.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public bool IsDue(DateTimeOffset now) => Enabled && RecipientList.Count > 0 && LastSentPeriod != PeriodOf(now);

    public void Sent(DateTimeOffset now, ReportFigures figures)
    {
        LastSentPeriod = PeriodOf(now);
        LastSentAt = now;
        LastSentFigures = figures;
        LastFailedAt = null;
        LastFailure = null;
    }

    public void Failed(DateTimeOffset now, string error)
    {
        LastFailedAt = now;
        LastFailure = error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
    }
}
