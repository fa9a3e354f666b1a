using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MspConsole.Core.Onboarding;
using MspConsole.Infrastructure.Graph;

namespace MspConsole.Infrastructure.Onboarding;

public static class OnboardingRegistration
{
    /// <summary>The GDAP customer list (Graph:PartnerTenantId). Needs <see cref="GraphServiceCollectionExtensions.AddTenantGraph"/>.</summary>
    public static IServiceCollection AddOnboardingInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PartnerTenantOptions>().Bind(configuration.GetSection(GraphOptions.SectionName))
            .Validate(o => o.MaxGdapPages is > 0 and <= 1000, "Graph:MaxGdapPages must be 1–1000.")
            .ValidateOnStart();
        services.TryAddSingleton<IPartnerCustomerSource, GdapCustomerSource>();
        return services;
    }
}
