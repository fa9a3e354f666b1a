using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.GraphSimulator;
using MspConsole.TestKit.Harness;

namespace MspConsole.Infrastructure.Tests.Jobs;

public sealed class JobStoragePerHostTests
{
    [Fact]
    public async Task JobStorage_IsTheHostsOwn_AndStillWorksAfterAnotherHostInTheProcessIsDisposed()
    {
        await using var first = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 1, Seed = 3 });
        first.Services.GetRequiredService<IGlobalConfiguration>(); // configured before the second host, as at start-up
        JobStorage storage;
        await using (var second = await ConsoleHarness.StartAsync(new SimulatorOptions { Tenants = 1, Seed = 4 }))
        {
            var secondStorage = second.Services.GetRequiredService<JobStorage>();
            storage = first.Services.GetRequiredService<JobStorage>();
            Assert.NotSame(secondStorage, storage);
        }

        using var connection = storage.GetConnection();
        using var held = connection.AcquireDistributedLock("job-storage-per-host-test", TimeSpan.FromSeconds(5));
        Assert.NotNull(held);
    }
}
