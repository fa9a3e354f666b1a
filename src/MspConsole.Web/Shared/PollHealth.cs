namespace MspConsole.Web.Shared;

public enum PollHealth
{
    NeverPolled,
    Healthy,
    Running,
    Stale,
    Failing,
    ConsentProblem,
}
