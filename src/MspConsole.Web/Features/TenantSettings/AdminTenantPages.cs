using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using MspConsole.Web.Features.AccountManagers;
using MspConsole.Web.Features.Onboarding;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>Builds a tenant's admin page: details, consent link, settings form, last test and messages.</summary>
public sealed class AdminTenantPages(TenantDetailsQueries queries, AccountManagerDirectory managers, ConsentLinks consent)
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
