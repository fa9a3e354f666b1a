using System.Globalization;
using System.Text.Json;

namespace MspConsole.Core.Audit;

/// <summary>
/// An append-only audit record. Each entry's hash is an HMAC (keyed with the <see cref="AuditKey"/>, kept outside the
/// database) of its content, its position in the chain and the previous entry's hash, so editing, inserting, deleting
/// or reordering rows breaks the chain, and only the key's holder can compute a chain that verifies.
/// </summary>
public sealed class AuditEntry
{
    public const string GenesisHash = "genesis";
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 256;

    private AuditEntry()
    {
    }

    private AuditEntry(AuditEvent auditEvent, AuditChainHead previous, AuditKey key)
    {
        Sequence = previous.Sequence + 1;
        OccurredAt = ToStoredPrecision(auditEvent.OccurredAt.ToUniversalTime());
        ActorObjectId = auditEvent.ActorObjectId;
        ActorUpn = auditEvent.ActorUpn;
        ActorRole = auditEvent.ActorRole;
        Action = auditEvent.Action;
        Outcome = auditEvent.Outcome;
        TenantId = auditEvent.TenantId;
        TargetUserObjectId = auditEvent.TargetUserObjectId;
        TargetUpn = auditEvent.TargetUpn;
        Reason = Limit(auditEvent.Reason);
        TicketReference = auditEvent.TicketReference;
        CallerVerification = auditEvent.CallerVerification;
        Before = Limit(auditEvent.Before);
        After = Limit(auditEvent.After);
        Error = Limit(auditEvent.Error);
        CorrelationId = auditEvent.CorrelationId;
        GraphRequestId = auditEvent.GraphRequestId;
        ClientIp = auditEvent.ClientIp;
        PreviousHash = previous.Hash;
        Hash = ComputeHash(key);
    }

    public long Id { get; private set; }

    /// <summary>The entry's position in the chain: 1 for the first, one more than its predecessor's for every next one.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string ActorObjectId { get; private set; } = "";

    public string ActorUpn { get; private set; } = "";

    public string ActorRole { get; private set; } = "";

    public string Action { get; private set; } = "";

    public AuditOutcome Outcome { get; private set; }

    public Guid? TenantId { get; private set; }

    public string? TargetUserObjectId { get; private set; }

    public string? TargetUpn { get; private set; }

    public string? Reason { get; private set; }

    public string? TicketReference { get; private set; }

    public string? CallerVerification { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? Error { get; private set; }

    public string? CorrelationId { get; private set; }

    public string? GraphRequestId { get; private set; }

    public string? ClientIp { get; private set; }

    /// <summary>The hash of the entry before this one (<see cref="GenesisHash"/> for the first). Unique: the chain cannot fork.</summary>
    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    public AuditChainHead Head => new(Sequence, Hash);

    public static AuditEntry Chain(AuditEvent auditEvent, AuditChainHead previous, AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(previous.Hash);
        ArgumentException.ThrowIfNullOrWhiteSpace(auditEvent.Action);
        return new AuditEntry(auditEvent, previous, key);
    }

    public bool HasIntactHash(AuditKey key) => string.Equals(Hash, ComputeHash(key), StringComparison.Ordinal);

    private string ComputeHash(AuditKey key)
    {
        // A JSON array of the fields in a fixed order is an unambiguous canonical form.
        string?[] fields =
        [
            OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture), ActorObjectId, ActorUpn, ActorRole, Action,
            Outcome.ToString(), TenantId?.ToString("D"), TargetUserObjectId, TargetUpn, Reason, TicketReference,
            CallerVerification, Before, After, Error, CorrelationId, GraphRequestId, ClientIp, PreviousHash,
            Sequence.ToString(CultureInfo.InvariantCulture),
        ];
        return key.EntryMac(JsonSerializer.Serialize(fields));
    }

    /// <summary>Whole milliseconds: the hash covers the time's ticks, so it must be a time every store gives back exactly
    /// (SQLite keeps DateTimeOffset as ticks truncated to 0.1 ms, which would otherwise break the chain of every live entry).</summary>
    private static DateTimeOffset ToStoredPrecision(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);

    private static string? Limit(string? text) => text is { Length: > TextMaxLength } ? text[..TextMaxLength] : text;
}
