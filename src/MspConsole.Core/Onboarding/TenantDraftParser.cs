using System.Globalization;
using System.Text.RegularExpressions;
using MspConsole.Core.Tenants;

namespace MspConsole.Core.Onboarding;

/// <summary>
/// Checks onboarding input field by field, with no database or network: lengths, formats, and hostile content.
/// Names and contact lines that a spreadsheet would run as a formula (=, +, -, @), that carry markup (&lt; &gt;) or
/// control characters are refused rather than silently changed, so what the admin sees is what is stored.
/// </summary>
public static partial class TenantDraftParser
{
    public const int MaxTagLength = 40;
    public const int MaxAccountManagers = 20;
    private const string FormulaStarts = "=+-@";

    public static (TenantDraft? Draft, IReadOnlyList<FieldProblem> Problems) Parse(RawTenantFields raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var problems = new List<FieldProblem>();
        var domain = ParseDomain(raw.Domain, problems);
        var tenantId = ParseTenantId(raw.TenantId, problems);
        if (domain is null && tenantId is null && !problems.Any(p => p.Field is OnboardingFields.Domain or OnboardingFields.TenantId))
        {
            problems.Add(new(OnboardingFields.Domain, "Give the tenant's primary domain or its tenant id."));
        }

        var name = SafeText(raw.Name, OnboardingFields.Name, Tenant.DisplayNameMaxLength, required: true, problems);
        var owner = ParseContractOwner(raw.ContractOwner, problems);
        var contact = SafeText(raw.CustomerItContact, OnboardingFields.CustomerItContact, Tenant.ContactMaxLength,
            required: owner == Tenants.ContractOwner.CustomerIt, problems);
        var language = ParseLanguage(raw.Language, problems);
        var tags = ParseTags(raw.Tags, problems);
        var managers = ParseAccountManagers(raw.AccountManagers, problems);
        if (problems.Count > 0 || name is null || owner is null || language is null)
        {
            return (null, problems);
        }

        return (new TenantDraft(domain, tenantId, name, owner.Value, owner == Tenants.ContractOwner.CustomerIt ? contact : null,
            language, tags, managers), problems);
    }

    /// <summary>A lower-case ASCII domain name (internationalized names in their xn-- form), or null with a problem.</summary>
    public static string? ParseDomain(string? value, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > Tenant.DomainMaxLength)
        {
            problems.Add(new(OnboardingFields.Domain, "Longer than {0} characters.", [Tenant.DomainMaxLength.ToString(CultureInfo.InvariantCulture)]));
            return null;
        }

        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(text).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            ascii = "";
        }

        if (!DomainPattern().IsMatch(ascii))
        {
            problems.Add(new(OnboardingFields.Domain, "Not a domain name (like contoso.be)."));
            return null;
        }

        return ascii;
    }

    private static Guid? ParseTenantId(string? value, List<FieldProblem> problems)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!Guid.TryParseExact(text, "D", out var id) || id == Guid.Empty)
        {
            problems.Add(new(OnboardingFields.TenantId, "Not a tenant id (a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47)."));
            return null;
        }

        return id;
    }

    private static ContractOwner? ParseContractOwner(string? value, List<FieldProblem> problems)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "MSP":
                return Tenants.ContractOwner.Msp;
            case "CUSTOMERIT" or "CUSTOMER":
                return Tenants.ContractOwner.CustomerIt;
            default:
                problems.Add(new(OnboardingFields.ContractOwner, "Must be Msp or CustomerIt."));
                return null;
        }
    }

    private static string? ParseLanguage(string? value, List<FieldProblem> problems)
    {
        var text = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(text))
        {
            return SupportedLanguage.Dutch;
        }

        if (!SupportedLanguage.IsSupported(text))
        {
            problems.Add(new(OnboardingFields.Language, "Must be nl, fr or en."));
            return null;
        }

        return text;
    }

    private static List<string> ParseTags(string? value, List<FieldProblem> problems)
    {
        var tags = Split(value).Select(tag => tag.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        foreach (var tag in tags)
        {
            if (tag.Length > MaxTagLength || !tag.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' '))
            {
                problems.Add(new(OnboardingFields.Tags, "A tag may hold letters, digits, - _ . and spaces, up to {0} characters.",
                    [MaxTagLength.ToString(CultureInfo.InvariantCulture)]));
                return [];
            }
        }

        if (string.Join(',', tags).Length > Tenant.TagsMaxLength)
        {
            problems.Add(new(OnboardingFields.Tags, "Longer than {0} characters.", [Tenant.TagsMaxLength.ToString(CultureInfo.InvariantCulture)]));
            return [];
        }

        return tags;
    }

    private static List<AccountManagerRef> ParseAccountManagers(string? value, List<FieldProblem> problems)
    {
        var managers = new List<AccountManagerRef>();
        var entries = Split(value).ToList();
        if (entries.Count > MaxAccountManagers)
        {
            problems.Add(new(OnboardingFields.AccountManagers, "At most {0} account managers.", [MaxAccountManagers.ToString(CultureInfo.InvariantCulture)]));
            return managers;
        }

        foreach (var entry in entries)
        {
            var parts = entry.Split('|', 2, StringSplitOptions.TrimEntries);
            var upn = parts[0].ToLowerInvariant();
            string? objectId = null;
            if (!IsUpn(upn))
            {
                problems.Add(new(OnboardingFields.AccountManagers, "\"{0}\" is not a user principal name (name@domain).", [Shorten(parts[0])]));
                continue;
            }

            if (parts.Length == 2)
            {
                if (!Guid.TryParseExact(parts[1], "D", out var id))
                {
                    problems.Add(new(OnboardingFields.AccountManagers, "\"{0}\" is not an object id (a GUID).", [Shorten(parts[1])]));
                    continue;
                }

                objectId = id.ToString("D");
            }

            if (!managers.Any(m => m.Upn == upn))
            {
                managers.Add(new AccountManagerRef(upn, objectId));
            }
        }

        return managers;
    }

    public static bool IsUpn(string value) =>
        value.Length is > 2 and <= 256 && value.Count(c => c == '@') == 1 && value[0] != '@' && value[^1] != '@'
        && value.All(c => c > ' ' && c < 127 && c is not ('<' or '>' or '"' or ',' or ';' or '|'));

    /// <summary>Trimmed text without control characters, markup or a formula start; null (with a problem) otherwise.</summary>
    public static string? SafeText(string? value, string field, int maxLength, bool required, List<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                problems.Add(new(field, "Required."));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            problems.Add(new(field, "Longer than {0} characters.", [maxLength.ToString(CultureInfo.InvariantCulture)]));
            return null;
        }

        if (text.Any(char.IsControl) || text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            problems.Add(new(field, "Contains control characters or characters that could not be read (check the file is UTF-8)."));
            return null;
        }

        if (text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal))
        {
            problems.Add(new(field, "Must not contain < or >."));
            return null;
        }

        if (FormulaStarts.Contains(text[0], StringComparison.Ordinal))
        {
            problems.Add(new(field, "Must not start with = + - or @ (a spreadsheet would run it as a formula)."));
            return null;
        }

        return text;
    }

    private static string[] Split(string? value) =>
        (value ?? "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    [GeneratedRegex("^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();
}
