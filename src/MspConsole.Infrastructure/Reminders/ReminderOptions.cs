using System.ComponentModel.DataAnnotations;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>The "Reminders" configuration section: the MSP's sender mailbox and helpdesk line, sending limits, templates.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>The MSP's mailbox reminders come from when a tenant's policy names no sender of its own.</summary>
    [Required, EmailAddress]
    public string DefaultSenderMailbox { get; set; } = "";

    /// <summary>The Entra tenant that holds <see cref="DefaultSenderMailbox"/> (the MSP's own tenant, where the app also has Mail.Send).
    /// Empty: the default mailbox is looked up in each customer's tenant. A policy's own sender mailbox is always in the customer's tenant.</summary>
    public Guid? SenderTenantId { get; set; }

    /// <summary>The contact line for users of tenants whose Microsoft 365 contract is with the MSP when
    /// <see cref="MspHelpdeskContacts"/> has none for the mail's language: best without words, e.g. "+32 2 000 00 00, helpdesk@msp.example".</summary>
    [Required]
    public string MspHelpdeskContact { get; set; } = "";

    /// <summary>The same contact line per language (nl, fr, en), e.g. nl: "de helpdesk van uw IT-partner, +32 2 000 00 00".</summary>
    public Dictionary<string, string> MspHelpdeskContacts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Exchange Online accepts 30 messages a minute per mailbox; never more.</summary>
    [Range(1, 30)]
    public int MessagesPerMinutePerMailbox { get; set; } = 30;

    /// <summary>When due campaigns are looked for (UTC cron). Hourly: sending windows are whole hours.</summary>
    [Required]
    public string CampaignCron { get; set; } = "5 * * * *";

    /// <summary>A campaign skips a tenant whose last successful poll is older than this: stale data would remind users who registered since.</summary>
    [Range(1, 24 * 30)]
    public int CampaignMaxDataAgeHours { get; set; } = 24;

    /// <summary>The folder of reminder.{nl,fr,en}.html; relative paths are relative to the application folder.</summary>
    [Required]
    public string TemplateDirectory { get; set; } = Path.Combine("Mail", "Templates");

    [Required, Url]
    public string MyAccountUrl { get; set; } = "https://myaccount.microsoft.com";

    /// <summary>Most users one "remind selected" may name; larger sends use "all non-compliant users".</summary>
    [Range(1, 10_000)]
    public int MaxSelection { get; set; } = 500;

    /// <summary>A bulk send leaves out users who were sent a reminder within this many days (0: nobody is left out for it).</summary>
    [Range(0, 365)]
    public int RemindedRecentlyDays { get; set; } = 7;

    public string ResolveTemplateDirectory() =>
        Path.IsPathRooted(TemplateDirectory) ? TemplateDirectory : Path.Combine(AppContext.BaseDirectory, TemplateDirectory);
}
