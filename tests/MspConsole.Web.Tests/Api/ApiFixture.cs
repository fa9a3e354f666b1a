using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Integrations;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Features.Api;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Api;

/// <summary>
/// The console's test data (Alpha is Anna's, Bravo Amélie's, Charlie nobody's) plus one API key of each kind:
/// all tenants, Anna's tenants, revoked and expired.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly ConsoleFixture console = new();

    public ConsoleFixture Console => console;

    public string AllTenantsKey { get; } = ApiKeySecrets.NewSecret();

    public string AccountManagerKey { get; } = ApiKeySecrets.NewSecret();

    public string RevokedKey { get; } = ApiKeySecrets.NewSecret();

    public string ExpiredKey { get; } = ApiKeySecrets.NewSecret();

    public async ValueTask InitializeAsync()
    {
        await console.InitializeAsync();
        var north = DevelopmentPersonas.AccountManagerNorth;
        var now = TestClock.Now;
        var revoked = Key("revoked", RevokedKey, null, null, now.AddDays(30), now.AddDays(-1));
        revoked.Revoke(now.AddHours(-1));
        await console.Database.SeedAsync(TestContext.Current.CancellationToken,
            Key("all", AllTenantsKey, null, null, now.AddDays(30), now.AddDays(-1)),
            Key("anna", AccountManagerKey, north.ObjectId, north.UserPrincipalName, now.AddDays(30), now.AddDays(-1)),
            revoked,
            Key("expired", ExpiredKey, null, null, now.AddMinutes(-1), now.AddDays(-60)));
    }

    public HttpClient Client(string? key)
    {
        var client = console.Factory.CreateClient(new() { AllowAutoRedirect = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        }

        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<MspConsoleDbContext, Task<T>> read)
    {
        await using var scope = console.Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MspConsoleDbContext>());
    }

    public ValueTask DisposeAsync() => console.DisposeAsync();

    private static ApiKey Key(string name, string secret, string? managerObjectId, string? managerUpn, DateTimeOffset expiresAt, DateTimeOffset createdAt) =>
        new(name, ApiKeySecrets.Hash(secret), ApiKeySecrets.PrefixOf(secret), managerObjectId, managerUpn, expiresAt, "test", createdAt);
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
