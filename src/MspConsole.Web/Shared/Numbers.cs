using System.Globalization;

namespace MspConsole.Web.Shared;

/// <summary>Numbers formatted by the UI culture.</summary>
public static class Numbers
{
    public static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Percent(double? ratio) => ratio is null ? "—" : ratio.Value.ToString("P0", CultureInfo.CurrentCulture);

    public static double? Ratio(int part, int whole) => whole <= 0 ? null : (double)part / whole;
}
