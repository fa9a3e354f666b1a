
namespace MspConsole.Web.Tests.Security;

/// <summary>The persona sign-in and the embedded simulator start in Development (the tests' environment) only.</summary>
public sealed class DevelopmentOnlyTests
{
    [Theory]
    [InlineData("Staging")]
    [InlineData("Prod")]
    [InlineData("Production")]
    [InlineData("Test")]
    public async Task Startup_WithDevelopmentSignInOutsideDevelopment_Fails(string environment)
    {
        await using var database = await SqliteTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var factory = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database.ConnectionString) with { Environment = environment, AuthenticationMode = "Development" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"Authentication:Mode Development is on in the '{environment}' environment; it is allowed in Development only", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Prod")]
    public async Task Startup_WithEmbeddedSimulatorOutsideDevelopment_Fails(string environment)
    {
        await using var database = await SqliteTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        // EntraId sign-in fully configured, so that the start gets as far as the simulator.
        await using var embedded = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database.ConnectionString) with
        {
            Environment = environment,
            AuthenticationMode = "EntraId",
            Settings = new Dictionary<string, string?>
            {
                ["AzureAd:ClientId"] = "00000000-0000-0000-0000-0000000000aa",
                ["AzureAd:TenantId"] = "00000000-0000-0000-0000-0000000000bb",
                ["Simulator:Embedded"] = "true",
            },
        });

        var failure = Assert.ThrowsAny<Exception>(() => embedded.CreateClient());

        Assert.Contains($"Simulator:Embedded is on in the '{environment}' environment; it is allowed in Development only", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_InDevelopmentWithDevelopmentSignIn_Works()
    {
        await using var database = await SqliteTestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using var factory = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database.ConnectionString));

        using var client = await factory.ClientAsync("helpdesk", TestContext.Current.CancellationToken);
        using var page = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
    }
}
