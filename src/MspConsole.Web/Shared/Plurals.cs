using System.Globalization;

namespace MspConsole.Web.Shared;

/// <summary>Which form of a counted text to use: views choose between a singular and a plural resource key with it.</summary>
public static class Plurals
{
    /// <summary>Singular for 1, and in French for 0 too ("0 utilisateur trouvé", as French writes it).</summary>
    public static bool IsOne(int count) =>
        string.Equals(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, "fr", StringComparison.Ordinal) ? count is 0 or 1 : count == 1;
}
