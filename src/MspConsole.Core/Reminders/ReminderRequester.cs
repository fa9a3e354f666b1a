namespace MspConsole.Core.Reminders;

/// <summary>Who asked for reminders, for the batch and its audit entry. Campaigns use <see cref="Campaign"/>.</summary>
public sealed record ReminderRequester(string ObjectId, string UserPrincipalName, string Role, string? CorrelationId = null, string? ClientIp = null)
{
    public const string CampaignActor = "campaign";

    public static ReminderRequester Campaign { get; } = new(CampaignActor, CampaignActor, "System");
}
