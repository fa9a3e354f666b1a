using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using MspConsole.Core.Graph;
using MspConsole.Core.Onboarding;
using MspConsole.Infrastructure.Graph;

namespace MspConsole.Infrastructure.Onboarding;

/// <summary>GET /tenantRelationships/delegatedAdminCustomers in the MSP's partner tenant, through the same SDK
/// pipeline (retry, diagnostics, app-only token) as every customer tenant.</summary>
internal sealed class GdapCustomerSource(
    TenantGraphClientFactory clients,
    IOptions<PartnerTenantOptions> options,
    ILogger<GdapCustomerSource> logger) : IPartnerCustomerSource
{
    public bool IsConfigured => options.Value.PartnerTenantId is { } id && id != Guid.Empty;

    public async Task<IReadOnlyList<PartnerCustomer>> ListCustomersAsync(CancellationToken cancellationToken)
    {
        if (options.Value.PartnerTenantId is not { } partnerTenantId || partnerTenantId == Guid.Empty)
        {
            throw new InvalidOperationException("Graph:PartnerTenantId is not configured.");
        }

        var graph = clients.CreateServiceClient(partnerTenantId, new GraphCallDiagnosticsHandler());
        var customers = new List<PartnerCustomer>();
        var page = await CallAsync(ct => graph.TenantRelationships.DelegatedAdminCustomers.GetAsync(cancellationToken: ct), cancellationToken);
        for (var pages = 1; page is not null; pages++)
        {
            foreach (var customer in page.Value ?? [])
            {
                if (Guid.TryParse(customer.TenantId, out var tenantId) && tenantId != Guid.Empty)
                {
                    customers.Add(new PartnerCustomer(tenantId, string.IsNullOrWhiteSpace(customer.DisplayName) ? tenantId.ToString("D") : customer.DisplayName.Trim()));
                }
            }

            if (string.IsNullOrEmpty(page.OdataNextLink) || pages >= options.Value.MaxGdapPages)
            {
                break;
            }

            var next = page.OdataNextLink;
            page = await CallAsync(ct => graph.TenantRelationships.DelegatedAdminCustomers.WithUrl(next).GetAsync(cancellationToken: ct), cancellationToken);
        }

        logger.LogInformation("Read {CustomerCount} GDAP customers from partner tenant {PartnerTenantId}", customers.Count, partnerTenantId);
        return [.. customers.DistinctBy(c => c.TenantId).OrderBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    private static async Task<DelegatedAdminCustomerCollectionResponse?> CallAsync(
        Func<CancellationToken, Task<DelegatedAdminCustomerCollectionResponse?>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (GraphErrorTranslator.Translate(ex, cancellationToken) is { } failure && !ReferenceEquals(failure, ex))
        {
            throw failure;
        }
    }
}
