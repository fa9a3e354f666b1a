using System.Globalization;
using System.Text;

namespace MspConsole.Core.Tenants;

/// <summary>
/// A tenant name as lists sort it, stored so the database can order and page by it: lower case, accents removed, compared
/// ordinally. The same in every UI language, so "Émile" sorts with the e's in nl, fr and en alike.
/// </summary>
public static class TenantNameSortKey
{
    public static string Of(string displayName)
    {
        var decomposed = displayName.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(character);
            }
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
