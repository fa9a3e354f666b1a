namespace MspConsole.Core.Alerts;

/// <summary>
/// One occurrence of a rule's condition in a tenant, from when it was seen until it cleared. While open, <see cref="OpenKey"/>
/// (rule, tenant, subject) is set and unique in the database, so two evaluations at once cannot open it twice; resolving
/// clears it, so the same condition later opens a new occurrence.
/// </summary>
public sealed class Alert
{
    public const int SubjectMaxLength = 200;
    public const int SubjectNameMaxLength = 400;
    public const int NoteMaxLength = 2000;
    public const int OpenKeyMaxLength = 300;

    private Alert()
    {
    }

    public Alert(AlertRule rule, Guid tenantId, AlertCondition condition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(condition);
        RuleId = rule.Id;
        Kind = rule.Kind;
        TenantId = tenantId;
        Subject = Truncate(condition.Subject, SubjectMaxLength);
        SubjectName = Truncate(condition.SubjectName, SubjectNameMaxLength);
        Figure = condition.Figure;
        Note = condition.Note is null ? null : Truncate(condition.Note, NoteMaxLength);
        OpenedAt = now;
        OpenKey = KeyOf(rule.Id, tenantId, Subject);
    }

    public long Id { get; private set; }

    public Guid RuleId { get; private set; }

    public AlertKind Kind { get; private set; }

    public Guid TenantId { get; private set; }

    public string Subject { get; private set; } = "";

    public string SubjectName { get; private set; } = "";

    public int? Figure { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Resolved because its rule was switched off, deleted or no longer applies: no message was sent.</summary>
    public bool ResolvedQuietly { get; private set; }

    /// <summary>The dedupe key while open; null once resolved.</summary>
    public string? OpenKey { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    public static string KeyOf(Guid ruleId, Guid tenantId, string subject) => $"{ruleId:N}:{tenantId:N}:{Truncate(subject, SubjectMaxLength)}";

    public void Resolve(DateTimeOffset now, bool quietly)
    {
        if (ResolvedAt is not null)
        {
            return;
        }

        ResolvedAt = now;
        ResolvedQuietly = quietly;
        OpenKey = null;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
