using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MspConsole.Core.Tenants;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>
/// Fills a reminder template (Mail/Templates/reminder.{language}.html) with HTML-encoded values; the template's
/// &lt;title&gt; is the subject. Values are inserted in one pass, so a display name such as "{{contact}}" stays text.
/// </summary>
public sealed partial class ReminderMailRenderer(IOptions<ReminderOptions> options)
{
    public async Task<ReminderMailContent> RenderAsync(string language, ReminderMailValues values, CancellationToken cancellationToken)
    {
        var path = TemplatePath(language);
        var template = await File.ReadAllTextAsync(path, cancellationToken);
        return Render(template, Path.GetFileName(path), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["displayName"] = values.DisplayName,
            ["userPrincipalName"] = values.UserPrincipalName,
            ["tenantName"] = values.TenantName,
            ["contact"] = values.Contact,
            ["myAccountUrl"] = options.Value.MyAccountUrl,
        });
    }

    public string TemplatePath(string language)
    {
        if (!SupportedLanguage.IsSupported(language))
        {
            throw new ArgumentException($"No reminder template for language '{language}'.", nameof(language));
        }

        return Path.Combine(options.Value.ResolveTemplateDirectory(), $"reminder.{language}.html");
    }

    /// <summary>The contact line the contract asks for, in <paramref name="language"/>: the MSP's helpdesk
    /// (Reminders:MspHelpdeskContacts:{language}, else Reminders:MspHelpdeskContact), or the customer's own IT (the tenant's line
    /// for that language, else its unprefixed line, else the tenant's name; see <see cref="ContactLines"/>).</summary>
    public string ContactLine(ContractOwner contractOwner, string? customerItContact, string tenantName, string language) => contractOwner switch
    {
        ContractOwner.CustomerIt => ContactLines.For(customerItContact, language) ?? tenantName,
        _ => options.Value.MspHelpdeskContacts.TryGetValue(language, out var line) && !string.IsNullOrWhiteSpace(line) ? line : options.Value.MspHelpdeskContact,
    };

    public static ReminderMailContent Render(string template, string templateName, IReadOnlyDictionary<string, string> values)
    {
        var html = PlaceholderPattern().Replace(template, match =>
            values.TryGetValue(match.Groups[1].Value, out var value)
                ? WebUtility.HtmlEncode(value)
                : throw new InvalidOperationException($"The template {templateName} has an unknown placeholder {match.Value}; known: {string.Join(", ", values.Keys)}."));
        var title = TitlePattern().Match(html);
        if (!title.Success)
        {
            throw new InvalidOperationException($"The template {templateName} has no <title>: it is the mail's subject.");
        }

        var subject = WhitespacePattern().Replace(WebUtility.HtmlDecode(title.Groups[1].Value), " ").Trim();
        return new ReminderMailContent(subject, html);
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z]+)\s*\}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
