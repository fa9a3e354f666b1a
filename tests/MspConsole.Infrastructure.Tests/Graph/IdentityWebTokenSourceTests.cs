using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>The production token path (Microsoft.Identity.Web / MSAL against https://login.microsoftonline.com), with MSAL's
/// HTTP transport sent to the simulator, driving the same Graph client.</summary>
public sealed class IdentityWebTokenSourceTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>, IDisposable
{
    private readonly LoginHostRedirect redirect = new(simulator.Host.BaseAddress);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GraphClient_WithIdentityWebTokens_ReadsTheTenant()
    {
        using var services = CreateServices();
        var tenant = simulator.LicensedTenant;

        Assert.IsType<IdentityWebTokenSource>(services.GetRequiredService<IAppTokenSource>());
        var client = services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenant.Id);
        var rows = await TenantGraphClientReadTests.ReadAllAsync(client.ReadRegistrationPagesAsync(Ct));

        Assert.Equal(simulator.State.GetUsers(tenant.Id)!.Count(u => u.AccountEnabled), rows.Count);
        Assert.Contains($"POST /{tenant.Id}/oauth2/v2.0/token", redirect.Requests);
    }

    [Fact]
    public async Task IdentityWebTokens_AreCachedByMsal()
    {
        using var services = CreateServices();
        var tokens = services.GetRequiredService<IAppTokenSource>();
        var tenant = simulator.LicensedTenant.Id;

        var first = await tokens.GetTokenAsync(tenant, Ct);
        var second = await tokens.GetTokenAsync(tenant, Ct);

        Assert.Equal(first.Token, second.Token);
        Assert.Single(redirect.Requests, r => r.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IdentityWeb_TenantWithoutConsent_FailsWithConsentMissing()
    {
        using var services = CreateServices();

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() =>
            services.GetRequiredService<IAppTokenSource>().GetTokenAsync(simulator.UnconsentedTenant.Id, Ct));

        Assert.Equal(GraphFailureKind.ConsentMissing, failure.Kind);
        Assert.IsType<MsalServiceException>(failure.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task IdentityWeb_WrongSecret_FailsWithInvalidCredentials()
    {
        using var services = CreateServices(secret: "wrong");

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() =>
            services.GetRequiredService<IAppTokenSource>().GetTokenAsync(simulator.LicensedTenant.Id, Ct));

        Assert.Equal(GraphFailureKind.InvalidCredentials, failure.Kind);
    }

    private ServiceProvider CreateServices(string? secret = null) => simulator.CreateGraphServices(
        settings =>
        {
            settings["Graph:TokenSource"] = nameof(TokenSourceKind.IdentityWeb);
            settings["Graph:LoginBaseUrl"] = "https://login.microsoftonline.com";
            if (secret is not null)
            {
                settings["Graph:ClientSecret"] = secret;
            }
        },
        services => services.AddSingleton<IMsalHttpClientFactory>(redirect));

    public void Dispose() => redirect.Dispose();
}
