using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Tests.Polling;

public sealed class PollingRegistrationTests
{
    [Theory]
    [InlineData("Jobs:RetryDelaySeconds", "Polling:FailedPollRetrySeconds")]
    [InlineData("Graph:RetryDelaySeconds", "Graph:ThrottleBackoffSeconds")]
    [InlineData("Graph:FallbackConcurrency", "Graph:PerUserReadConcurrency")]
    [InlineData("Jobs:PerUserStateConcurrency", "Graph:PerUserReadConcurrency")]
    public void RenamedSetting_StillConfigured_FailsNamingTheNewKey(string oldKey, string newKey)
    {
        using var services = Build(new Dictionary<string, string?> { [oldKey] = "7" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PollingOptions>>().Value);

        Assert.Contains($"{oldKey} was renamed {newKey}", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewSettings_AreBound()
    {
        using var services = Build(new Dictionary<string, string?> { ["Polling:FailedPollRetrySeconds"] = "42" });

        Assert.Equal(42, services.GetRequiredService<IOptions<PollingOptions>>().Value.FailedPollRetrySeconds);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddPolling(configuration).BuildServiceProvider();
    }
}
