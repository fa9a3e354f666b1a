using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspConsole.Infrastructure.Persistence;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Features.Overview;

namespace MspConsole.Web.Tests.Features;

/// <summary>The broad overview's counts: counted once per lifetime, shared by concurrent requests, recounted after.</summary>
public sealed class AllTenantCountsCacheTests : IAsyncLifetime
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider clock = new(TestClock.Now);
    private readonly Guid tenant = Guid.NewGuid();
    private SqliteTestDatabase? database;
    private ServiceProvider? services;

    private AllTenantCountsCache NewCache() => new(services!.GetRequiredService<IServiceScopeFactory>(), clock);

    public async ValueTask InitializeAsync()
    {
        database = await SqliteTestDatabase.CreateAsync(cancellation);
        await database.SeedAsync(cancellation,
            new TenantBuilder().WithId(tenant).Named("Counted", "counted.be").Build(),
            new TenantUserBuilder(tenant).Named("Ann", "ann@counted.be").Resilient().Build());
        services = new ServiceCollection().AddScoped<MspConsoleDbContext>(_ => database.CreateContext()).BuildServiceProvider();
    }

    [Fact]
    public async Task Counts_AreSharedWithinTheLifetime_AndRecountedAfterIt()
    {
        var cache = NewCache();
        var first = await cache.GetAsync(cancellation);
        await database!.SeedAsync(cancellation, new TenantUserBuilder(tenant).Named("Bob", "bob@counted.be").NotRegistered().Build());

        clock.Advance(AllTenantCountsCache.Lifetime - TimeSpan.FromSeconds(1));
        var shared = await cache.GetAsync(cancellation);
        clock.Advance(TimeSpan.FromSeconds(1));
        var recounted = await cache.GetAsync(cancellation);

        Assert.Equal(1, first[tenant].Users);
        Assert.Same(first, shared);
        Assert.Equal(2, recounted[tenant].Users);
    }

    [Fact]
    public async Task ConcurrentRequests_OnAColdCache_ShareOneCount()
    {
        var cache = NewCache();

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetAsync(cancellation), cancellation)));

        Assert.All(all, counts => Assert.Same(all[0], counts));
    }

    [Fact]
    public async Task ACallerGivingUp_DoesNotFailTheCountForOthers()
    {
        var cache = NewCache();
        using var givenUp = new CancellationTokenSource();
        await givenUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync(givenUp.Token));
        var counts = await cache.GetAsync(cancellation);

        Assert.Equal(1, counts[tenant].Users);
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
