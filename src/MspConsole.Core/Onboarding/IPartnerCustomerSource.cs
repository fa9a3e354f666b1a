namespace MspConsole.Core.Onboarding;

/// <summary>The MSP's own GDAP customer list, read in the MSP's partner tenant. Needs DelegatedAdminRelationship.Read.All
/// there (app-only, admin-consented in the partner tenant).</summary>
public interface IPartnerCustomerSource
{
    /// <summary>False when no partner tenant is configured (Graph:PartnerTenantId): the GDAP import is then hidden.</summary>
    bool IsConfigured { get; }

    /// <summary>Every GDAP customer, all pages. Failures throw <see cref="Graph.GraphFailureException"/>.</summary>
    Task<IReadOnlyList<PartnerCustomer>> ListCustomersAsync(CancellationToken cancellationToken);
}
