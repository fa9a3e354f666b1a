using Microsoft.Extensions.Time.Testing;
using MspConsole.Core.Alerts;
using MspConsole.Core.Tenants;
using MspConsole.Web.Features.Alerts;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>The time-based rule: polls failing for more than N hours, on the clock the recurring evaluation reads.</summary>
[Collection(AlertsCollection.Name)]
public sealed class AlertConditionsTests(AlertsFixture fixture)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(23, false)]
    [InlineData(25, true)]
    public async Task PollsFailing_HoldsOnlyOnceTheLastSuccessIsOlderThanTheThreshold(int hoursLater, bool holds)
    {
        var tenant = new Tenant(Guid.NewGuid(), "Failing Ltd", "failing.example", ContractOwner.Msp, SupportedLanguage.Dutch, Start);
        tenant.PollFailed(Start.AddHours(1), PollOutcome.Failed, "ServiceUnavailable: Graph answered 503");
        await using var db = fixture.CreateDbContext();
        var conditions = new AlertConditions(db, new FakeTimeProvider(Start.AddHours(hoursLater)));

        var found = await conditions.ReadAsync(tenant, AlertKind.PollsFailing, 24, TestContext.Current.CancellationToken);

        if (holds)
        {
            var condition = Assert.Single(found);
            Assert.Equal(hoursLater, condition.Figure);
            Assert.Equal("ServiceUnavailable: Graph answered 503", condition.Note);
        }
        else
        {
            Assert.Empty(found);
        }
    }

    [Fact]
    public async Task PollsFailing_DoesNotHold_ForATenantWhosePollsNeverFailed()
    {
        var tenant = new Tenant(Guid.NewGuid(), "Quiet Ltd", "quiet.example", ContractOwner.Msp, SupportedLanguage.Dutch, Start);
        await using var db = fixture.CreateDbContext();
        var conditions = new AlertConditions(db, new FakeTimeProvider(Start.AddDays(10)));

        Assert.Empty(await conditions.ReadAsync(tenant, AlertKind.PollsFailing, 24, TestContext.Current.CancellationToken));
    }
}
