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
        var duringRecount = await cache.GetAsync(cancellation);
        var recounted = await EventuallyAsync(cache, counts => counts[tenant].Users == 2);

        Assert.Equal(1, first[tenant].Users);
        Assert.Same(first, shared);
        Assert.True(ReferenceEquals(first, duringRecount) || duringRecount[tenant].Users == 2, "a request during the recount gets the last count or the new one");
        Assert.Equal(2, recounted[tenant].Users);
    }

    [Fact]
    public async Task AnExpiredCount_IsRecountedOnce_NotAgainWhileItRuns()
    {
        var cache = NewCache();
        var first = await cache.GetAsync(cancellation);
        clock.Advance(AllTenantCountsCache.Lifetime);

        var during = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetAsync(cancellation)));
        var recounted = await EventuallyAsync(cache, counts => !ReferenceEquals(counts, first));

        Assert.All(during, counts => Assert.True(ReferenceEquals(counts, first) || ReferenceEquals(counts, recounted)));
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

    /// <summary>The recount runs in the background: asks until its result shows (a few seconds at most on a slow machine).</summary>
    private Task<Dictionary<Guid, MspConsole.Web.Shared.UserCounts>> EventuallyAsync(AllTenantCountsCache cache, Func<Dictionary<Guid, MspConsole.Web.Shared.UserCounts>, bool> done) =>
        WaitUntil.ValueAsync("the recount shows", async token => await cache.GetAsync(token) is var counts && done(counts) ? counts : null,
            TimeSpan.FromSeconds(30), cancellation, TimeSpan.FromMilliseconds(100));

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
