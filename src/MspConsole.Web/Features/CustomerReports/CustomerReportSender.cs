using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Core.Reports;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>
/// Sends a tenant's report mail, when due, to each recipient through Graph sendMail from the MSP's mailbox, within the
/// mailbox's limit (the reminders' limiter). Records what was sent and audits every send; a failure is recorded for the
/// admin page and audited (saved with its audit entry), and thrown so that Hangfire retries.
/// </summary>
public sealed class CustomerReportSender(
    MspConsoleDbContext db,
    CustomerReportComposer composer,
    ITenantGraphClientFactory graph,
    MailboxRateLimiter limiter,
    IAuditLog audit,
    IOptions<ReminderOptions> reminders,
    TimeProvider time,
    ILogger<CustomerReportSender> logger)
{
    public const string AuditAction = "SendCustomerReport";
    private const string Actor = "system:customer-reports";

    /// <summary>Opted-in tenants whose report of this period is not sent yet; never paused or offboarded ones.</summary>
    public async Task<List<Guid>> DueTenantsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.CustomerReportSubscriptions.AsNoTracking()
            .Where(report => report.Enabled && db.Tenants.Any(t => t.Id == report.TenantId && !t.PollingPaused && t.OffboardedAt == null))
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(report => report.IsDue(now)).Select(report => report.TenantId)];
    }

    /// <returns>False when nothing was due (a rerun in the same period, or the tenant left the opt-in).</returns>
    public async Task<bool> SendIfDueAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var report = await db.CustomerReportSubscriptions.SingleOrDefaultAsync(r => r.TenantId == tenantId, cancellationToken);
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (report is null || tenant is null || tenant.PollingPaused || tenant.OffboardedAt is not null || !report.IsDue(time.GetUtcNow()))
        {
            return false;
        }

        var mail = await composer.ComposeAsync(tenant, report.LastSentFigures, cancellationToken);
        var (mailbox, senderTenantId) = (reminders.Value.DefaultSenderMailbox, reminders.Value.SenderTenantId ?? tenantId);
        var requestIds = new List<string?>();
        try
        {
            foreach (var recipient in report.RecipientList)
            {
                await using (await limiter.AcquireForReportAsync(mailbox, tenantId, cancellationToken))
                {
                    var result = await graph.ForTenant(senderTenantId).SendMailAsync(
                        mailbox, new MailMessage(mail.Subject, mail.Html, IsHtml: true, recipient, recipient), cancellationToken);
                    requestIds.Add(result.RequestId);
                }
            }
        }
        catch (GraphFailureException exception)
        {
            var error = $"{exception.Kind}: {exception.Message}";
            logger.LogWarning("Customer report of {TenantId} failed: {Error}", tenantId, error);
            report.Failed(time.GetUtcNow(), error);
            await AuditAsync(tenantId, report, mail, AuditOutcome.Failed, error, exception.RequestId, cancellationToken);
            throw;
        }

        report.Sent(time.GetUtcNow(), mail.Figures);
        // The subscription's new state and its audit entry are saved together.
        await AuditAsync(tenantId, report, mail, AuditOutcome.Succeeded, null, string.Join(",", requestIds), cancellationToken);
        return true;
    }

    private async Task AuditAsync(Guid tenantId, CustomerReportSubscription report, CustomerReportMail mail, AuditOutcome outcome, string? error, string? requestId, CancellationToken cancellationToken)
    {
        var after = JsonSerializer.Serialize(new { recipients = report.RecipientList, culture = mail.Culture, figures = mail.Figures, period = report.PeriodOf(time.GetUtcNow()) });
        await audit.AppendAsync(AuditEvent.ForTenant(AuditActor.Job(Actor), time.GetUtcNow(), AuditAction, outcome, tenantId)
            with { After = after, Error = error, GraphRequestId = requestId }, cancellationToken);
    }
}
