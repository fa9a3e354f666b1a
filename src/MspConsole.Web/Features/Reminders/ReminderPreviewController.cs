using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Infrastructure.Reminders;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Reminders;

/// <summary>The reminder as a tenant's users would get it, per language, with a sample user. Read-only: every role, own tenants.</summary>
[Route("tenants/{tenantId:guid}/reminders/preview")]
public sealed class ReminderPreviewController(MspConsoleDbContext db, ReminderMailRenderer renderer, TenantScopeResolver scopes) : Controller
{
    private const string SampleName = "Jan Peeters";

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid tenantId, string? language)
    {
        var rendered = await RenderAsync(tenantId, language);
        return rendered is null ? NotFound() : View("~/Features/Reminders/Preview.cshtml", rendered);
    }

    /// <summary>The mail's HTML alone, for the preview's sandboxed frame: its own strict policy (no script, nothing loaded, inline styles as in mail).</summary>
    [HttpGet("mail")]
    public async Task<IActionResult> Mail(Guid tenantId, string? language)
    {
        var rendered = await RenderAsync(tenantId, language);
        return rendered is null ? NotFound() : new MailPreviewResult(rendered.Content.Html);
    }

    private async Task<ReminderPreviewViewModel?> RenderAsync(Guid tenantId, string? language)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        var tenant = scope.Includes(tenantId) ? await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken) : null;
        if (tenant is null)
        {
            return null;
        }

        var chosen = SupportedLanguage.IsSupported(language) ? language! : tenant.Language; // IsSupported is false for null.
        var contact = renderer.ContactLine(tenant.ContractOwner, tenant.CustomerItContact, tenant.DisplayName, chosen);
        var content = await renderer.RenderAsync(chosen, new ReminderMailValues(SampleName, $"jan.peeters@{tenant.DefaultDomain}", tenant.DisplayName, contact), cancellationToken);
        return new ReminderPreviewViewModel(tenant.Id, tenant.DisplayName, chosen, tenant.ContractOwner, contact, content);
    }
}
