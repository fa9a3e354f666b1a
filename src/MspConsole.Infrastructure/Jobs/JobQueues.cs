namespace MspConsole.Infrastructure.Jobs;

public static class JobQueues
{
    public const string Poll = "poll";
    public const string Actions = "actions";
    public const string Default = "default";
}
