using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MspConsole.Web.Features.Admin;

/// <summary>Builds a tenant's admin page: details, consent link, settings form, last test and messages.</summary>
public sealed class AdminTenantPages(AdminQueries queries, AccountManagerDirectory managers, ConsentLinks consent)
{
    public async Task<AdminTenantPage?> BuildAsync(Guid tenantId, ClaimsPrincipal admin, HttpRequest request, ITempDataDictionary tempData,
        TenantSettingsInput? settings, IReadOnlyList<LineProblem> problems, CancellationToken cancellationToken)
    {
        if (await queries.DetailsAsync(tenantId, cancellationToken) is not { } tenant)
        {
            return null;
        }

        return new AdminTenantPage(
            tenant,
            consent.Create(tenantId, admin, request),
            consent.RedirectUri(request),
            await managers.AllAsync(cancellationToken),
            settings ?? TenantSettingsInput.From(tenant),
            problems,
            tempData.TakeTest(),
            tempData.TakeMessage());
    }
}
