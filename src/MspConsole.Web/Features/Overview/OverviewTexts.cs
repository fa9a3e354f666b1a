namespace MspConsole.Web.Features.Overview;

public static class OverviewTexts
{
    public static string Of(OverviewStatusFilter filter) => filter switch
    {
        OverviewStatusFilter.CriticalAdmins => "With admins without MFA",
        OverviewStatusFilter.BelowTarget => "Below 95% registered",
        OverviewStatusFilter.NoEnforcement => "No MFA enforcement",
        OverviewStatusFilter.PollProblems => "Polling problems",
        _ => "All tenants",
    };
}
