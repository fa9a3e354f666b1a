namespace MspConsole.Core.Actions;

/// <summary>
/// Remembers the idempotency key of every submitted action form, so a double click or a resubmitted POST
/// acts once. Claimed before the action runs (the primary key refuses a second claim), completed after.
/// Its summary never holds a Temporary Access Pass.
/// </summary>
public sealed class ActionReceipt
{
    public const int SummaryMaxLength = 512;

    private ActionReceipt()
    {
    }

    public ActionReceipt(Guid key, string actorObjectId, DateTimeOffset now)
    {
        if (key == Guid.Empty)
        {
            throw new ArgumentException("An idempotency key is required.", nameof(key));
        }

        Key = key;
        ActorObjectId = actorObjectId;
        CreatedAt = now;
    }

    public Guid Key { get; private set; }

    public string ActorObjectId { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>What came of it, for the "already submitted" page: outcome and Graph request id, or the request waiting for approval.</summary>
    public string? Summary { get; private set; }

    public void Complete(string summary, DateTimeOffset now)
    {
        Summary = summary.Length > SummaryMaxLength ? summary[..SummaryMaxLength] : summary;
        CompletedAt = now;
    }
}
