using MspConsole.Core.Figures;

namespace MspConsole.Infrastructure.Figures;

/// <summary>A tenant's figures and its users per method, stored or recounted, to compare.</summary>
public sealed record FigureSet(FigureCounts Counts, IReadOnlyDictionary<string, int> Methods)
{
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
