namespace MspConsole.Infrastructure.Reminders;

/// <summary>Users of the tenants in scope that a bulk send leaves out, by reason. Guests and users removed from their
/// tenant are never reminded and not counted.</summary>
public sealed record ReminderPlanSkips(int AlreadyCompliant, int Excluded, int NoMailbox, int RemindedRecently, int AlreadyQueued)
{
    public int Total => AlreadyCompliant + Excluded + NoMailbox + RemindedRecently + AlreadyQueued;
}
