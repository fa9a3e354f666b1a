using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Graph;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// Import from the MSP's GDAP relationships: lists the partner tenant's customers, the admin ticks the ones to add.
/// They are onboarded by tenant id (GDAP gives no domain: the tenant id stands in until an admin sets it) as
/// MSP-managed; each goes through the same checks as the form, and the ticked rows that pass are added.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/gdap")]
public sealed class GdapImportController(
    IPartnerCustomerSource gdap,
    TenantOnboarding onboarding,
    TenantWriter writer,
    MspConsoleDbContext db,
    ILogger<GdapImportController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(OnboardingViews.Gdap, await ModelAsync(null, HttpContext.RequestAborted));

    [HttpPost("")]
    public async Task<IActionResult> Import(GdapImportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = HttpContext.RequestAborted;
        if (!gdap.IsConfigured)
        {
            return NotFound();
        }

        var customers = await gdap.ListCustomersAsync(cancellationToken);
        // Only customers GDAP actually lists can be added this way: the posted ids are a choice, not data.
        var picked = customers.Where(c => input.Selected.Contains(c.TenantId)).ToList();
        var rows = picked.Select((customer, index) => (index + 1, new RawTenantFields(null, customer.TenantId.ToString("D"), customer.DisplayName,
            nameof(ContractOwner.Msp), null, input.Language, input.Tags, null))).ToList();
        var check = await onboarding.CheckAsync(rows, cancellationToken);
        var imported = check.Valid.Count > 0 ? await writer.AddAsync(check.Valid, "GDAP", cancellationToken) : 0;
        var report = new ImportReport("GDAP", rows.Count, check.Valid.Count, imported, false, check.Problems, check.Valid);
        return View(OnboardingViews.Gdap, await ModelAsync(report, cancellationToken));
    }

    private async Task<GdapViewModel> ModelAsync(ImportReport? report, CancellationToken cancellationToken)
    {
        if (!gdap.IsConfigured)
        {
            return new GdapViewModel(false, [], new HashSet<Guid>(), null, report);
        }

        try
        {
            var customers = await gdap.ListCustomersAsync(cancellationToken);
            var ids = customers.Select(c => c.TenantId).ToList();
            var onboarded = new HashSet<Guid>();
            foreach (var chunk in ids.Chunk(500))
            {
                onboarded.UnionWith(await db.Tenants.AsNoTracking().Where(t => chunk.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken));
            }

            return new GdapViewModel(true, customers, onboarded, null, report);
        }
        catch (GraphFailureException failure)
        {
            logger.LogWarning("Reading GDAP customers failed: {Kind} {ErrorCode} {RequestId}", failure.Kind, failure.ErrorCode, failure.RequestId);
            // Consent and permissions here are the MSP's own partner tenant's, not a customer's: said so, with the permission to grant.
            return new GdapViewModel(true, [], new HashSet<Guid>(), failure.Kind switch
            {
                GraphFailureKind.PermissionMissing => "The app lacks DelegatedAdminRelationship.Read.All in the partner tenant: grant it and admin consent there.",
                GraphFailureKind.ConsentMissing => "The app is not consented in the partner tenant.",
                _ => GraphFailureTexts.Explain(failure.Kind),
            }, report);
        }
    }
}
