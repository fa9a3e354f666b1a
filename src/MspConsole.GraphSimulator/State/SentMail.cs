namespace MspConsole.GraphSimulator.State;

/// <summary>A message accepted by sendMail (202), as recorded in the outbox.</summary>
public sealed record SentMail(
    Guid TenantId,
    Guid SenderId,
    string Sender,
    string Subject,
    string ContentType,
    string Content,
    IReadOnlyList<string> ToRecipients,
    IReadOnlyList<string> CcRecipients,
    IReadOnlyList<string> BccRecipients,
    bool SaveToSentItems,
    DateTimeOffset SentDateTime,
    string? RawMime);
