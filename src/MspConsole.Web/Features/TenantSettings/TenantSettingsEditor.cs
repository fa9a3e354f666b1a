using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Onboarding;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.Onboarding;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>Saves a tenant's settings after the same checks as onboarding; a new domain must belong to this tenant.</summary>
public sealed class TenantSettingsEditor(MspConsoleDbContext db, TenantIdentityResolver identities, TenantChanges changes)
{
    public async Task<IReadOnlyList<LineProblem>> SaveAsync(Guid tenantId, TenantSettingsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var current = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.DefaultDomain).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return [new LineProblem(1, "", "No such tenant.", [])];
        }

        var (draft, problems) = TenantDraftParser.Parse(new RawTenantFields(input.Domain, tenantId.ToString("D"), input.Name,
            input.ContractOwner.ToString(), input.CustomerItContact, input.Language, input.Tags, null));
        if (draft is null)
        {
            return [.. problems.Select(p => new LineProblem(1, p.Field, p.Message, p.Arguments))];
        }

        var domain = draft.Domain ?? current;
        if (domain != current)
        {
            var (_, problem) = await identities.ResolveAsync(draft, cancellationToken);
            if (problem is not null)
            {
                return [new LineProblem(1, problem.Field, problem.Message, problem.Arguments)];
            }

            if (await db.Tenants.AnyAsync(t => t.Id != tenantId && t.DefaultDomain == domain, cancellationToken))
            {
                return [new LineProblem(1, OnboardingFields.Domain, "Another tenant already has the domain {0}.", [domain])];
            }
        }

        await changes.ApplyAsync(tenantId, tenant =>
        {
            var before = TenantAuditView.From(tenant);
            tenant.Rename(draft.DisplayName, domain);
            tenant.SetContract(draft.ContractOwner, draft.CustomerItContact);
            tenant.SetLanguage(draft.Language);
            tenant.SetTags(draft.Tags);
            var after = TenantAuditView.From(tenant);
            return after == before ? null : new AdminChange(OnboardingAuditActions.TenantSettingsChanged, tenantId, before, after);
        }, cancellationToken);
        return [];
    }
}
