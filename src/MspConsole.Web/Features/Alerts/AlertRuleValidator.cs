using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Alerts;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// Checks a rule form. Problems are English texts (AlertsResource keys). A webhook must be https; plain http only to a
/// loopback address in Development, for local receivers and tests.
/// </summary>
public sealed class AlertRuleValidator(MspConsoleDbContext db, IHostEnvironment environment, IOptions<ReminderOptions> reminders)
{
    public const int MaxRecipients = 10;
    public const string KindMissing = "Choose what the rule watches.";
    public const string UnknownTenant = "Choose a tenant from the list, or all tenants.";
    public const string HoursOutOfRange = "Give the number of hours: a whole number from 1 to 720.";
    public const string PercentOutOfRange = "Give the threshold: a whole percentage from 1 to 100.";
    public const string NoChannel = "Add a channel: e-mail recipients, a webhook, or both.";
    public const string BadAddress = "One of the e-mail addresses is not valid.";
    public const string TooManyRecipients = "Too many e-mail recipients: at most 10 per rule, 1,000 characters in all.";
    public const string NoSenderMailbox = "E-mail needs the sender mailbox (Reminders:DefaultSenderMailbox) in the console's configuration.";
    public const string BadWebhookUrl = "The webhook address must be a full https:// address.";
    public const string LanguageMissing = "Choose the language of the messages.";

    public static IReadOnlyList<string> All { get; } =
        [KindMissing, UnknownTenant, HoursOutOfRange, PercentOutOfRange, NoChannel, BadAddress, TooManyRecipients, NoSenderMailbox, BadWebhookUrl, LanguageMissing];

    public async Task<(AlertRuleDraft? Draft, IReadOnlyList<string> Problems)> ValidateAsync(AlertRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(KindMissing);
            kind = default;
        }
        else if (kind == AlertKind.PollsFailing && input.Threshold is not (>= 1 and <= 720))
        {
            problems.Add(HoursOutOfRange);
        }
        else if (kind == AlertKind.ResilientShareLow && input.Threshold is not (>= 1 and <= 100))
        {
            problems.Add(PercentOutOfRange);
        }

        if (input.TenantId is { } tenantId && !await db.Tenants.AnyAsync(tenant => tenant.Id == tenantId && tenant.OffboardedAt == null, cancellationToken))
        {
            problems.Add(UnknownTenant);
        }

        var recipients = (input.EmailRecipients ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (recipients.Any(address => !IsAddress(address)))
        {
            problems.Add(BadAddress);
        }
        else if (recipients.Count > MaxRecipients || string.Join(',', recipients).Length > AlertRule.RecipientsMaxLength)
        {
            problems.Add(TooManyRecipients);
        }
        else if (recipients.Count > 0 && string.IsNullOrWhiteSpace(reminders.Value.DefaultSenderMailbox))
        {
            problems.Add(NoSenderMailbox);
        }

        var webhook = Enum.IsDefined(input.Webhook) ? input.Webhook : WebhookFormat.None;
        var url = input.WebhookUrl?.Trim();
        if (webhook != WebhookFormat.None && !IsAllowedUrl(url))
        {
            problems.Add(BadWebhookUrl);
        }

        if (recipients.Count == 0 && webhook == WebhookFormat.None)
        {
            problems.Add(NoChannel);
        }

        if (!UiCultures.IsSupported(input.Language))
        {
            problems.Add(LanguageMissing);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var language = UiCultures.All.First(culture => string.Equals(culture, input.Language, StringComparison.OrdinalIgnoreCase));
        var threshold = AlertRule.NeedsThreshold(kind) ? input.Threshold : null;
        return (new AlertRuleDraft(kind, input.TenantId, threshold, recipients, webhook, webhook == WebhookFormat.None ? null : url, language), []);
    }

    private bool IsAllowedUrl(string? url) =>
        url is { Length: > 0 and <= AlertRule.UrlMaxLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback && environment.IsDevelopment()));

    private static bool IsAddress(string address) =>
        address.Length <= AlertDelivery.TargetMaxLength && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;
}
