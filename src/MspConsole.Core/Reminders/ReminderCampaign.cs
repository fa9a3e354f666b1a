using MspConsole.Core.Audit;

namespace MspConsole.Core.Reminders;

/// <summary>The scheduled reminder campaign as the requester of its batches and reminders.</summary>
public static class ReminderCampaign
{
    public const string ActorName = "campaign";

    public static AuditActor Actor { get; } = AuditActor.Job(ActorName);
}
