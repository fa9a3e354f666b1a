using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MspConsole.Web.Features.Overview;
using MspConsole.Web.Features.Tenants;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Exports;

public sealed class ExportsController(
    OverviewQueries overview, TenantQueries tenants, TenantUserQueries users, TenantScopeResolver scopes, IStringLocalizer<SharedResource> text) : Controller
{
    private static readonly string[] OverviewHeaders =
    [
        "Tenant", "Domain", "Tags", "Users", "MFA registered", "Resilient", "Not registered", "Single method", "Excluded",
        "Admins without MFA", "Enforcement", "Last poll", "Polling",
    ];

    private static readonly string[] UserHeaders = ["Name", "UPN", "Status", "Admin", "Guest", "MFA methods", "Default method", "Default method (Graph code)", "Last changed in Entra ID", "Object id"];

    [HttpGet("/export/overview.{format}")]
    public async Task<IActionResult> Overview(string format, [FromQuery] OverviewInput input)
    {
        if (!ExportWriter.IsSupported(format))
        {
            return NotFound();
        }

        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        var rows = await overview.MatchingRowsAsync(scope, input, cancellationToken);
        string[] headers = [.. OverviewHeaders.Select(header => text[header].Value)];
        var table = new ExportTable("mfa-overview", text["Tenants"], headers, rows.Select(row => new object?[]
        {
            row.DisplayName, row.DefaultDomain, string.Join(' ', row.Tags), row.Counts.Users, row.Counts.RegisteredRatio, row.Counts.ResilientRatio,
            row.Counts.NotRegistered, row.Counts.SingleMethod, row.Counts.Excluded, row.Counts.AdminsWithoutMfa,
            text[Texts.Of(row.Enforcement)].Value, row.LastPollFinishedAt, text[Texts.Of(row.PollHealth)].Value,
        }).ToAsyncEnumerable());
        return new ExportResult(table, format);
    }

    [HttpGet("/tenants/{tenantId:guid}/export/users.{format}")]
    public async Task<IActionResult> TenantUsers(Guid tenantId, string format, [FromQuery] TenantUserInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        if (!ExportWriter.IsSupported(format) || await tenants.HeaderAsync(scope, tenantId, cancellationToken) is not { } tenant)
        {
            return NotFound();
        }

        string[] headers = [.. UserHeaders.Select(header => text[header].Value)];
        var rows = users.StreamAsync(scope, tenantId, input with { After = null }).Select(user => new object?[]
        {
            user.DisplayName, user.UserPrincipalName, text[Texts.Of(user.Status)].Value, user.IsAdmin ? text["Yes"].Value : "", user.IsGuest ? text["Yes"].Value : "",
            user.MfaMethodCount, text[DefaultMethodNames.Of(user.DefaultMethod)].Value, user.DefaultMethod ?? "", user.LastUpdatedInGraph, user.ObjectId,
        });
        return new ExportResult(new ExportTable($"mfa-users-{tenant.DefaultDomain}", text["Users"], headers, rows), format);
    }
}
