using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MspConsole.Infrastructure.Polling;

/// <summary>
/// Settings renamed when polling got options of its own. An operator's old key would otherwise be ignored without a word
/// (and Graph:RetryDelaySeconds read as the poll's delay, or the other way round): the console refuses to start and names
/// the new key instead.
/// </summary>
internal sealed class RenamedPollingSettings(IConfiguration configuration) : IValidateOptions<PollingOptions>
{
    private static readonly (string Old, string New)[] Renamed =
    [
        ("Jobs:RetryDelaySeconds", "Polling:FailedPollRetrySeconds"),
        ("Graph:RetryDelaySeconds", "Graph:ThrottleBackoffSeconds"),
        ("Graph:FallbackConcurrency", "Graph:PerUserReadConcurrency"),
        ("Jobs:PerUserStateConcurrency", "Graph:PerUserReadConcurrency"),
    ];

    public ValidateOptionsResult Validate(string? name, PollingOptions options)
    {
        var found = Renamed.Where(setting => configuration[setting.Old] is not null)
            .Select(setting => $"{setting.Old} was renamed {setting.New}: rename it in your configuration.")
            .ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
