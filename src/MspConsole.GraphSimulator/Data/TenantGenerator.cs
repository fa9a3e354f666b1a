using System.Globalization;
using System.Text;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Data;

/// <summary>
/// Generates tenant profiles. Each tenant depends only on (seed, index). Index 0 is always licensed and consented,
/// index 1 unlicensed, index 2 not consented, index 3 large (1,200–3,000 users), so every dataset has each case.
/// </summary>
internal static class TenantGenerator
{
    public const int LargeTenantIndex = 3;

    public static TenantProfile Create(int seed, int index)
    {
        var random = Seeds.For(seed, index, Seeds.ProfileSalt);
        var id = Seeds.NewGuid(random);
        var language = random.NextDouble() switch { < 0.55 => "nl", < 0.9 => "fr", _ => "en" };
        var (firms, surnames) = language switch
        {
            "nl" => (NamePools.DutchFirms, NamePools.DutchLast),
            "fr" => (NamePools.FrenchFirms, NamePools.FrenchLast),
            _ => (NamePools.EnglishFirms, NamePools.EnglishLast),
        };
        var surname = Seeds.Pick(random, surnames);
        var firm = string.Format(CultureInfo.InvariantCulture, Seeds.Pick(random, firms), surname);
        var form = Seeds.Pick(random, language == "fr" ? NamePools.FrenchLegalForms : NamePools.DutchLegalForms);
        var displayName = form.Length == 0 ? firm : firm + " " + form;
        var domain = Slug(firm) + index.ToString(CultureInfo.InvariantCulture) + ".example";

        var userCount = index switch
        {
            0 => 24,
            1 => 12,
            3 => random.Next(1_200, 3_001),
            _ => RandomSize(random),
        };
        var licensed = index switch { 0 => true, 1 => false, _ => random.NextDouble() < 0.8 };
        var consented = index switch { 0 or 1 => true, 2 => false, _ => random.NextDouble() < 0.93 };
        var securityDefaults = licensed ? random.NextDouble() < 0.1 : random.NextDouble() < 0.6;
        var sspr = licensed && random.NextDouble() < 0.8;
        var systemPreferred = random.NextDouble() < 0.7;
        return new TenantProfile(index, id, displayName, domain, language, userCount, licensed, consented,
            securityDefaults, sspr, systemPreferred);
    }

    /// <summary>Small offices mostly, with a long tail up to 20,000 users.</summary>
    private static int RandomSize(Random random)
    {
        var r = random.NextDouble();
        if (r < 0.74)
        {
            return random.Next(3, 51);
        }

        if (r < 0.93)
        {
            return random.Next(51, 251);
        }

        if (r < 0.988)
        {
            return random.Next(251, 2_001);
        }

        var u = random.NextDouble();
        return 2_001 + (int)(18_000 * u * u);
    }

    internal static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is ' ' or '-' && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
