using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MspConsole.Core.Integrations;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.AccountManagers;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Api;

/// <summary>Admins create, list and revoke API keys. Creating and revoking are audited; the secret is shown once and stored as a hash.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/api-keys")]
public sealed class ApiKeysController(
    MspConsoleDbContext db,
    AccountManagerDirectory directory,
    AdminAudit audit,
    TimeProvider time,
    IStringLocalizer<ApiResource> localizer) : Controller
{
    private const string PagePath = "~/Features/Api/ApiKeys.cshtml";
    private const int MaxValidityDays = 730;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(PagePath, await PageAsync(null, null, HttpContext.RequestAborted));

    [HttpPost("")]
    public async Task<IActionResult> Create(ApiKeyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = HttpContext.RequestAborted;
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        KnownAccountManager? manager = null;
        if (!string.IsNullOrWhiteSpace(input.AccountManager))
        {
            manager = (await directory.AllAsync(cancellationToken)).FirstOrDefault(known => known.ObjectId == input.AccountManager);
            if (manager is null)
            {
                return View(PagePath, await PageAsync(null, localizer["Not created: choose a known account manager."], cancellationToken));
            }
        }

        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > ApiKey.NameMaxLength || input.ExpiresOn is not { } expiresOn || expiresOn <= today || expiresOn > today.AddDays(MaxValidityDays))
        {
            return View(PagePath, await PageAsync(null, localizer["Not created: give a name and an expiry date after today and within two years."], cancellationToken));
        }

        var secret = ApiKeySecrets.NewSecret();
        var expiresAt = new DateTimeOffset(expiresOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var key = new ApiKey(name, ApiKeySecrets.Hash(secret), ApiKeySecrets.PrefixOf(secret), manager?.ObjectId, manager?.Upn, expiresAt, User.GetUserName(), now);
        db.ApiKeys.Add(key);
        await audit.AppendAsync(new AdminChange(IntegrationAuditActions.ApiKeyCreated, null, null, Describe(key)), cancellationToken);
        return View(PagePath, await PageAsync(secret, localizer["Key {0} created. Copy it now: it is not shown again.", key.Name], cancellationToken));
    }

    [HttpPost("{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var key = await db.ApiKeys.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (key is null)
        {
            return NotFound();
        }

        if (key.RevokedAt is null)
        {
            key.Revoke(time.GetUtcNow());
            await audit.AppendAsync(new AdminChange(IntegrationAuditActions.ApiKeyRevoked, null, null, Describe(key)), cancellationToken);
        }

        TempData.SetMessage(localizer["Key {0} revoked.", key.Name]);
        return RedirectToAction(nameof(Index));
    }

    private static object Describe(ApiKey key) => new { key.Id, key.Name, key.Prefix, Scope = key.AccountManagerUpn ?? "all tenants", key.ExpiresAt, key.RevokedAt };

    private async Task<ApiKeysViewModel> PageAsync(string? secret, string? message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keys = await db.ApiKeys.AsNoTracking().OrderByDescending(key => key.RevokedAt == null).ThenBy(key => key.Name).ToListAsync(cancellationToken);
        var rows = keys.Select(key => new ApiKeyRow(key.Id, key.Name, key.Prefix, key.AccountManagerUpn, key.CreatedAt, key.CreatedBy, key.ExpiresAt,
            key.RevokedAt, key.LastUsedAt, key.IsUsableAt(now))).ToList();
        return new ApiKeysViewModel(rows, await directory.AllAsync(cancellationToken), DateOnly.FromDateTime(now.UtcDateTime).AddDays(90), secret,
            message ?? TempData.TakeMessage());
    }
}
