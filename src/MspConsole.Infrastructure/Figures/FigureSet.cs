using MspConsole.Core.Figures;
using MspConsole.Core.Snapshots;
using MspConsole.Core.Users;

namespace MspConsole.Infrastructure.Figures;

/// <summary>A tenant's figures and its users per method, stored or recounted, to compare.</summary>
public sealed record FigureSet(FigureCounts Counts, IReadOnlyDictionary<string, int> Methods)
{
    /// <summary>The day's snapshot figures: the tenant's current, enabled users, as the history charts count them.</summary>
    public SnapshotCounts ToSnapshotCounts() => new(
        Counts.Users, Counts.NotRegistered, Counts.SingleMethod, Counts.Resilient, Counts.Excluded, Counts.AdminsWithoutMfa,
        UsersWith(RegisteredMethod.MicrosoftAuthenticatorPush), UsersWith(RegisteredMethod.MobilePhone), UsersWith(RegisteredMethod.Email),
        UsersWith(RegisteredMethod.OfficePhone), Counts.OtherMfaMethodUsers, Counts.PerUserMfaEnforced);

    private int UsersWith(string method) => Methods.GetValueOrDefault(UserContribution.MethodKey(method));

    /// <summary>Each figure that differs, as "name: stored → recounted"; empty when equal.</summary>
    public IReadOnlyList<string> DifferencesTo(FigureSet recounted)
    {
        List<string> differences = [];
        foreach (var property in typeof(FigureCounts).GetProperties().Where(property => property.PropertyType == typeof(int)))
        {
            var (stored, counted) = ((int)property.GetValue(Counts)!, (int)property.GetValue(recounted.Counts)!); // ! : int properties of a struct.
            if (stored != counted)
            {
                differences.Add($"{property.Name}: {stored} -> {counted}");
            }
        }

        foreach (var method in Methods.Keys.Union(recounted.Methods.Keys).Order(StringComparer.Ordinal))
        {
            var (stored, counted) = (Methods.GetValueOrDefault(method), recounted.Methods.GetValueOrDefault(method));
            if (stored != counted)
            {
                differences.Add($"method {method}: {stored} -> {counted}");
            }
        }

        return differences;
    }
}
