using MspConsole.Core.Onboarding;

namespace MspConsole.Web.Tests.Admin;

/// <summary>The GDAP customer list as the partner tenant would return it (the simulator has no GDAP endpoint).</summary>
public sealed class FakePartnerCustomers : IPartnerCustomerSource
{
    public List<PartnerCustomer> Customers { get; } = [];

    public bool IsConfigured => true;

    public Task<IReadOnlyList<PartnerCustomer>> ListCustomersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PartnerCustomer>>([.. Customers]);
}
