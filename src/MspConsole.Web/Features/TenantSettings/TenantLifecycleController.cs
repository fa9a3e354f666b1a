using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Polling;
using MspConsole.Web.Features.Onboarding;
using MspConsole.Web.Features.Shared;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>Pause, resume, poll now, offboard and bring back.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/tenants/{tenantId:guid}")]
public sealed class TenantLifecycleController(
    TenantChanges changes,
    TenantOffboarding offboarding,
    TenantReactivation reactivation,
    TenantDetailsQueries queries,
    IPollScheduler polls,
    IStringLocalizer<AdminResource> localizer) : Controller
{
    [HttpPost("pause")]
    public Task<IActionResult> Pause(Guid tenantId) => SetPausedAsync(tenantId, paused: true);

    [HttpPost("resume")]
    public Task<IActionResult> Resume(Guid tenantId) => SetPausedAsync(tenantId, paused: false);

    [HttpPost("poll")]
    public async Task<IActionResult> PollNow(Guid tenantId)
    {
        if (await queries.DetailsAsync(tenantId, HttpContext.RequestAborted) is not { OffboardedAt: null })
        {
            return NotFound();
        }

        polls.PollTenantNow(tenantId);
        TempData.SetMessage(localizer["A poll is queued."]);
        return Back(tenantId);
    }

    [HttpPost("offboard")]
    public async Task<IActionResult> Offboard(Guid tenantId, OffboardInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = HttpContext.RequestAborted;
        if (await queries.DetailsAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        if (!Enum.IsDefined(input.Mode) || !string.Equals(input.Confirmation?.Trim(), tenant.DefaultDomain, StringComparison.OrdinalIgnoreCase))
        {
            TempData.SetMessage(localizer["Not offboarded: type the tenant's domain {0} exactly to confirm.", tenant.DefaultDomain]);
            return Back(tenantId);
        }

        await offboarding.OffboardAsync(tenantId, input.Mode, cancellationToken);
        TempData.SetMessage(input.Mode == OffboardMode.Purge
            ? localizer["{0} is offboarded and its users, snapshots, poll runs and reminders are deleted. The audit log is kept.", tenant.DisplayName]
            : localizer["{0} is offboarded: it is no longer polled. Its data is kept.", tenant.DisplayName]);
        return Back(tenantId);
    }

    [HttpPost("reactivate")]
    public async Task<IActionResult> Reactivate(Guid tenantId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await queries.DetailsAsync(tenantId, cancellationToken) is not { OffboardedAt: not null } tenant)
        {
            return NotFound();
        }

        var result = await reactivation.ReactivateAsync(tenantId, "admin page", cancellationToken);
        TempData.SetMessage(result is null ? localizer["{0} is not offboarded.", tenant.DisplayName]
            : result.Connection.IsReady
                ? result.AsNew
                    ? localizer["{0} is back as a new tenant: the connection test passed and its first poll is queued.", tenant.DisplayName]
                    : localizer["{0} is back with its history: the connection test passed and a poll is queued.", tenant.DisplayName]
                : localizer["{0} is back, but the connection test failed: send the consent link below, then test the connection.", tenant.DisplayName]);
        return Back(tenantId);
    }

    private async Task<IActionResult> SetPausedAsync(Guid tenantId, bool paused)
    {
        var found = await changes.ApplyAsync(tenantId, tenant =>
        {
            if (tenant.PollingPaused == paused)
            {
                return null;
            }

            var before = TenantAuditView.From(tenant);
            if (paused)
            {
                tenant.PausePolling();
            }
            else
            {
                tenant.ResumePolling();
            }

            return new AdminChange(paused ? OnboardingAuditActions.PollingPaused : OnboardingAuditActions.PollingResumed, tenantId, before, TenantAuditView.From(tenant));
        }, HttpContext.RequestAborted);
        if (!found)
        {
            return NotFound();
        }

        TempData.SetMessage(paused ? localizer["Polling is paused."] : localizer["Polling is resumed."]);
        return Back(tenantId);
    }

    private RedirectToActionResult Back(Guid tenantId) => RedirectToAction("Details", "TenantAdmin", new { tenantId });
}
