namespace MspConsole.Web.Features.Overview;

public enum OverviewStatusFilter
{
    All,
    CriticalAdmins,
    BelowTarget,
    NoEnforcement,
    PollProblems,
}
