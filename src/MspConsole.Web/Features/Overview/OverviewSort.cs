namespace MspConsole.Web.Features.Overview;

public enum OverviewSort
{
    Critical,
    Name,
    Users,
    Registered,
    Resilient,
    LastPoll,
}
