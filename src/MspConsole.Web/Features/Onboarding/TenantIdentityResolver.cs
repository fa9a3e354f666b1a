using MspConsole.Core.Graph;
using MspConsole.Core.Onboarding;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>Finds the tenant id behind a draft through the tenant's OpenID configuration (ITenantDiscovery), which also
/// proves that a tenant id given alone exists.</summary>
public sealed class TenantIdentityResolver(ITenantDiscovery discovery, ILogger<TenantIdentityResolver> logger)
{
    public async Task<(Guid? TenantId, FieldProblem? Problem)> ResolveAsync(TenantDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var lookup = draft.Domain ?? draft.TenantId?.ToString("D") ?? throw new ArgumentException("A draft has a domain or a tenant id.", nameof(draft));
        var field = draft.Domain is null ? OnboardingFields.TenantId : OnboardingFields.Domain;
        Guid? found;
        try
        {
            found = await discovery.ResolveTenantIdAsync(lookup, cancellationToken);
        }
        catch (GraphFailureException failure)
        {
            logger.LogWarning("Discovery of {Lookup} failed: {Kind} {ErrorCode}", lookup, failure.Kind, failure.ErrorCode);
            return (null, new FieldProblem(field, "Microsoft's sign-in service could not be asked about {0}; try again.", [lookup]));
        }

        if (found is not { } tenantId)
        {
            return (null, draft.Domain is null
                ? new FieldProblem(field, "Microsoft knows no tenant with id {0}.", [lookup])
                : new FieldProblem(field, "Microsoft knows no tenant with the domain {0}.", [lookup]));
        }

        if (draft.TenantId is { } given && given != tenantId)
        {
            return (null, new FieldProblem(OnboardingFields.TenantId, "The domain {0} belongs to tenant {1}, not to the tenant id given.",
                [lookup, tenantId.ToString("D")]));
        }

        return (tenantId, null);
    }
}
