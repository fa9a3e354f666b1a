using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Tenants;

/// <summary>
/// The report's "what to do", most urgent first: each line is an English resource key and its figure, localized by the view.
/// </summary>
public static class ReportAdvice
{
    public static IReadOnlyList<(string Text, int Figure)> For(UserCounts counts, Enforcement enforcement)
    {
        List<(string, int)> lines = [];
        if (counts.AdminsWithoutMfa > 0)
        {
            lines.Add(("Administrators without MFA: {0}. Have them register today; an admin account without MFA is the easiest way in.", counts.AdminsWithoutMfa));
        }

        if (enforcement is Enforcement.None or Enforcement.Unknown)
        {
            lines.Add(("MFA is not enforced: turn on security defaults or a conditional access policy that requires MFA.", 0));
        }

        if (counts.NotRegistered > 0)
        {
            lines.Add(("Users without any MFA method: {0}. Ask them to register two methods at https://myaccount.microsoft.com (Security info).", counts.NotRegistered));
        }

        if (counts.SingleMethod > 0)
        {
            lines.Add(("Users with a single method: {0}. Ask them to add a second one, so that a lost or replaced phone does not lock them out.", counts.SingleMethod));
        }

        if (counts.Excluded > 0)
        {
            lines.Add(("Accounts excluded from the rule (break-glass, service accounts): {0}. Check once a year that they are still needed.", counts.Excluded));
        }

        if (lines.Count == 0)
        {
            lines.Add(("Nothing to do: every user has two or more methods.", 0));
        }

        return lines;
    }
}
