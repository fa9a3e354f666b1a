using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MspConsole.Core.Graph;
using MspConsole.Core.Reminders;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;

namespace MspConsole.Infrastructure.Reminders;

/// <summary>
/// Sends one queued reminder: re-checks that the user still needs it, reads their mail address and preferred language
/// from Graph, renders the template and sends it through Graph sendMail within the sender mailbox's rate limit.
/// Records the outcome on the reminder; never throws for a Graph or template failure. Once its mailbox slot is free it asks
/// <c>mayStillSend</c> again (a wait for a slot can last a minute), and leaves the reminder pending when the answer is no.
/// </summary>
public sealed class ReminderSender(
    ITenantGraphClientFactory graph,
    ReminderMailRenderer renderer,
    MailboxRateLimiter limiter,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderSender> logger)
{
    /// <returns>False when the reminder was left pending because its batch was paused or cancelled meanwhile.</returns>
    public async Task<bool> SendAsync(
        Reminder reminder, Tenant tenant, TenantUser? user, ReminderPolicy? policy, ReminderPolicy? campaignPolicy,
        Func<CancellationToken, Task<bool>> mayStillSend, CancellationToken cancellationToken)
    {
        // The tenant's standing is checked per send: a batch queued before the tenant was offboarded or paused sends nothing after.
        var skip = tenant.Standing switch
        {
            TenantStanding.Offboarded => ReminderReasons.TenantOffboarded,
            TenantStanding.Paused => ReminderReasons.TenantPaused,
            _ => user is null ? ReminderReasons.UnknownUser : ReminderTargeting.ReasonToSkip(user.Status, user.IsGuest, user.RemovedAt, campaignPolicy),
        };
        if (skip is not null)
        {
            reminder.Skipped(skip);
            return true;
        }

        string? requestId = null;
        try
        {
            var directoryUser = await graph.ForTenant(tenant.Id).GetUserAsync(reminder.UserObjectId, cancellationToken);
            if (directoryUser is null)
            {
                reminder.Skipped(ReminderReasons.UserRemoved);
                return true;
            }

            if (string.IsNullOrWhiteSpace(directoryUser.Mail))
            {
                reminder.Failed(ReminderReasons.NoMailbox, null);
                return true;
            }

            var language = ReminderLanguage.Choose(directoryUser.PreferredLanguage ?? user!.PreferredLanguage, tenant.Language); // user is not null: skip handled it.
            var (senderMailbox, senderTenantId) = ReminderSenderMailbox.For(tenant.Id, policy?.SenderMailbox, options.Value);
            reminder.Address(directoryUser.Mail, language, senderMailbox);
            var content = await renderer.RenderAsync(language, new ReminderMailValues(
                directoryUser.DisplayName, directoryUser.UserPrincipalName, tenant.DisplayName,
                renderer.ContactLine(tenant.ContractOwner, tenant.CustomerItContact, tenant.DisplayName, language)), cancellationToken);

            GraphMutationResult result;
            await using (await limiter.AcquireAsync(senderMailbox, reminder.Id, cancellationToken))
            {
                if (!await mayStillSend(cancellationToken))
                {
                    return false;
                }

                result = await graph.ForTenant(senderTenantId).SendMailAsync(
                    senderMailbox, new MailMessage(content.Subject, content.Html, IsHtml: true, directoryUser.Mail, directoryUser.DisplayName), cancellationToken);
            }

            requestId = result.RequestId;
            reminder.Sent(time.GetUtcNow(), requestId);
        }
        catch (GraphFailureException exception)
        {
            logger.LogWarning("Reminder {ReminderId} to {UserObjectId} of {TenantId} failed: {Kind} {Error}",
                reminder.Id, reminder.UserObjectId, tenant.Id, exception.Kind, exception.Message);
            reminder.Failed($"{exception.Kind}: {exception.Message}", exception.RequestId ?? requestId);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // A missing or broken template: every reminder in that language fails the same way; the message says which file.
            logger.LogError(exception, "Reminder {ReminderId} of {TenantId} could not be rendered", reminder.Id, tenant.Id);
            reminder.Failed(exception.Message, null);
        }

        return true;
    }
}
