namespace MspConsole.Infrastructure.Onboarding;

/// <summary>Graph:PartnerTenantId — the MSP's own (partner) tenant, where its GDAP customer list is read. Bound from
/// the "Graph" section beside <see cref="Graph.GraphOptions"/>; empty turns the GDAP import off.</summary>
public sealed class PartnerTenantOptions
{
    public Guid? PartnerTenantId { get; set; }

    /// <summary>Pages of delegatedAdminCustomers read at most (300 per page): a guard against a nextLink loop.</summary>
    public int MaxGdapPages { get; set; } = 100;
}
