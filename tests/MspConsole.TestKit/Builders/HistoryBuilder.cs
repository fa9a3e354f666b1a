using MspConsole.Core.Audit;
using MspConsole.Core.Polling;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;

namespace MspConsole.TestKit.Builders;

/// <summary>Poll runs, reminders and audit entries with valid defaults.</summary>
public static class HistoryBuilder
{
    /// <summary>The key test audit entries are chained with (the app under test generates or reads its own).</summary>
    public static AuditKey AuditKey { get; } = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static PollRun PollRun(Guid tenantId, DateTimeOffset startedAt, PollOutcome outcome = PollOutcome.Succeeded, int users = 100, string? error = null)
    {
        var run = new PollRun(tenantId, PollTrigger.Scheduled, startedAt);
        run.PageRead(users);
        run.Finish(startedAt.AddSeconds(42), outcome, DataSource.RegistrationReport, 0, 3, 0, error);
        return run;
    }

    public static Reminder SentReminder(Guid tenantId, string userObjectId, string address, DateTimeOffset at, string language = SupportedLanguage.Dutch)
    {
        var reminder = new Reminder(tenantId, userObjectId, address, language, "helpdesk@msp.example", "campaign", at);
        reminder.Sent(at.AddSeconds(5), "request-1");
        return reminder;
    }

    /// <summary>A chain of audit entries on one user, linked as the real log links them.</summary>
    public static IEnumerable<AuditEntry> UserActions(Guid tenantId, string userObjectId, string upn, params string[] actions)
    {
        var previous = AuditChainHead.Genesis;
        var at = TestClock.Now.AddDays(-actions.Length);
        foreach (var action in actions)
        {
            var entry = AuditEntry.Chain(
                new AuditEvent(at, "6a1c0000-0000-4000-8000-00000000b001", "hugo.helpdesk@msp.example", "Helpdesk", action, AuditOutcome.Succeeded,
                    tenantId, userObjectId, upn, Reason: "Phone replaced", TicketReference: "INC-1234"),
                previous,
                AuditKey);
            previous = entry.Head;
            at = at.AddDays(1);
            yield return entry;
        }
    }

    public static AccountManagerAssignment Assignment(Guid tenantId, string managerObjectId, string managerUpn) =>
        new(tenantId, managerObjectId, managerUpn, TestClock.Now.AddDays(-10));
}
