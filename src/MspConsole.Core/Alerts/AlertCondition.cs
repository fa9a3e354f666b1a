namespace MspConsole.Core.Alerts;

/// <param name="Subject">What the alert is about within its rule and tenant (an admin's object id, "consent", a batch id): part of the dedupe key.</param>
/// <param name="SubjectName">What people read for the subject (a UPN, the consent state).</param>
/// <param name="Figure">The number the message states (hours, percent, failed reminders), if any.</param>
/// <param name="Note">A raw detail such as Graph's error text, shown as is.</param>
public sealed record AlertCondition(string Subject, string SubjectName, int? Figure = null, string? Note = null);
