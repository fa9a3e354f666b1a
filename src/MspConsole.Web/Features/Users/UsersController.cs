using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Polling;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Users;

public sealed class UsersController(UserQueries queries, TenantScopeResolver scopes, ITenantGraphClientFactory graph, ILogger<UsersController> logger) : Controller
{
    [HttpGet("/tenants/{tenantId:guid}/users/{objectId}")]
    public async Task<IActionResult> Index(Guid tenantId, string objectId)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        var model = await queries.GetAsync(scope, tenantId, objectId, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        // An offboarded tenant is never read from Graph; its page shows the last poll's methods.
        var readLive = model.User.RemovedAt is null && model.User.TenantStanding != TenantStanding.Offboarded;
        var (methods, liveDefault) = readLive ? await ReadMethodsAsync(model.User, cancellationToken) : (null, null);
        return View(model with { Message = TempData.TakeMessage(), Methods = methods, LiveDefault = liveDefault });
    }

    /// <summary>The methods as Graph has them now, with what identifies each: the number on the caller's phone is what the
    /// helpdesk needs to see. Account managers see phone numbers masked. Null when Graph cannot be read just now.</summary>
    private async Task<(IReadOnlyList<MethodDetails>? Methods, LiveDefaultMethod? Default)> ReadMethodsAsync(UserDetails user, CancellationToken cancellationToken)
    {
        try
        {
            var client = graph.ForTenant(user.TenantId);
            var methods = await client.GetMethodsAsync(user.ObjectId, cancellationToken);
            var live = await ReadDefaultAsync(client, user, cancellationToken);
            var preferred = live is null ? PreferredSecondaryMethodNames.Parse(user.DefaultMethod) : live.Method;
            return (MethodDetails.Of(methods, preferred, maskPhoneNumbers: !User.CanAct()), live);
        }
        catch (GraphFailureException failure)
        {
            logger.LogWarning("User page of {UserObjectId} in {TenantId}: methods not read from Graph ({FailureKind} {ErrorCode})",
                user.ObjectId, user.TenantId, failure.Kind, failure.ErrorCode);
            return (null, null);
        }
        catch (HttpRequestException failure)
        {
            logger.LogWarning(failure, "User page of {UserObjectId} in {TenantId}: Graph unreachable", user.ObjectId, user.TenantId);
            return (null, null);
        }
    }

    /// <summary>The default as Graph has it now (beta signInPreferences, the same read the actions make); null when that
    /// read is refused (e.g. a grant without the beta API): the page then shows the default of the last poll.</summary>
    private async Task<LiveDefaultMethod?> ReadDefaultAsync(ITenantGraphClient client, UserDetails user, CancellationToken cancellationToken)
    {
        try
        {
            return new LiveDefaultMethod(await client.GetPreferredSecondaryMethodAsync(user.ObjectId, cancellationToken));
        }
        catch (GraphFailureException failure)
        {
            logger.LogWarning("User page of {UserObjectId} in {TenantId}: default method not read from Graph ({FailureKind} {ErrorCode})",
                user.ObjectId, user.TenantId, failure.Kind, failure.ErrorCode);
            return null;
        }
    }

    /// <summary>
    /// Re-reads the user from Microsoft 365 now, for the helpdesk on the phone with a user who just changed their methods
    /// (the page otherwise shows the last poll). Reads only: nothing changes in the tenant, so nothing is audited.
    /// </summary>
    [Authorize(Policy = Policies.Act)]
    [HttpPost("/tenants/{tenantId:guid}/users/{objectId}/refresh")]
    public async Task<IActionResult> Refresh(Guid tenantId, string objectId, [FromServices] UserRefresher refresher, [FromServices] IStringLocalizer<SharedResource> localizer)
    {
        ArgumentNullException.ThrowIfNull(refresher);
        ArgumentNullException.ThrowIfNull(localizer);
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        var standing = await queries.StandingAsync(scope, tenantId, objectId, cancellationToken);
        if (standing is null)
        {
            return NotFound();
        }

        if (standing == TenantStanding.Offboarded)
        {
            TempData.SetMessage(localizer["This tenant is offboarded: nothing was read from Microsoft 365."]);
        }
        else
        {
            await RefreshAsync(tenantId, objectId, refresher, localizer, cancellationToken);
        }

        return Redirect($"/tenants/{tenantId}/users/{Uri.EscapeDataString(objectId)}");
    }

    private async Task RefreshAsync(Guid tenantId, string objectId, UserRefresher refresher, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        try
        {
            var user = await refresher.RefreshAsync(tenantId, objectId, cancellationToken);
            TempData.SetMessage(user?.RemovedAt is null
                ? localizer["Re-read from Microsoft 365 just now."]
                : localizer["Microsoft 365 no longer knows this user: the console now shows them as removed from the tenant."]);
        }
        catch (GraphFailureException failure)
        {
            TempData.SetMessage(localizer["Could not re-read from Microsoft 365: {0} The page still shows the last poll.", localizer[GraphFailureTexts.Explain(failure.Kind)]]);
        }
    }
}
