using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Graph;

/// <summary><c>$orderby</c> on userRegistrationDetails: one of the name properties, <c>asc</c> (default) or <c>desc</c>;
/// names compare case-insensitively, as Graph's directory does, with the id breaking ties.</summary>
internal static class ReportOrder
{
    public static bool TryParse(string orderBy, out Comparison<UserRegistrationDetails>? order, out string error)
    {
        order = null;
        error = string.Empty;
        var parts = orderBy.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Func<UserRegistrationDetails, string>? key = parts.Length is 1 or 2 ? parts[0].ToUpperInvariant() switch
        {
            "USERPRINCIPALNAME" => row => row.UserPrincipalName,
            "USERDISPLAYNAME" => row => row.UserDisplayName,
            _ => null,
        } : null;
        var descending = parts.Length == 2 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        if (key is null || (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)))
        {
            error = $"Invalid $orderby expression '{orderBy}': order by userPrincipalName or userDisplayName, asc or desc.";
            return false;
        }

        order = (left, right) =>
        {
            var byName = StringComparer.OrdinalIgnoreCase.Compare(key(left), key(right));
            var compared = byName != 0 ? byName : string.CompareOrdinal(left.Id, right.Id);
            return descending ? -compared : compared;
        };
        return true;
    }
}
