using MspConsole.Core.Polling;
using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.Tenants;

public sealed record PollRunRow(DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, PollTrigger Trigger, PollOutcome Outcome, DataSource DataSource, int Users, int Pages, int ThrottledRetries, string? Error);
