using MspConsole.Core.Tenants;

namespace MspConsole.Core.Tests.Tenants;

public sealed class TenantTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SetTags_TrimsLowercasesSortsAndDropsDuplicates()
    {
        var tenant = NewTenant();

        tenant.SetTags([" Gent", "brokers", "BROKERS", ""]);

        Assert.Equal(["brokers", "gent"], tenant.TagList);
    }

    [Fact]
    public void SetLanguage_OutsideNlFrEn_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => NewTenant().SetLanguage("de"));
    }

    [Fact]
    public void IsActive_FalseWhenPausedOffboardedOrWithoutConsent()
    {
        var paused = NewTenant();
        paused.PausePolling();
        var offboarded = NewTenant();
        offboarded.Offboard(Now);
        var unconsented = NewTenant();
        unconsented.RecordConsent(ConsentState.Missing);

        Assert.True(NewTenant().IsActive);
        Assert.False(paused.IsActive);
        Assert.False(offboarded.IsActive);
        Assert.False(unconsented.IsActive);
    }

    [Theory]
    [InlineData("nl-BE", "nl")]
    [InlineData("fr", "fr")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", null)]
    [InlineData(null, null)]
    public void FromPreferredLanguage_MapsGraphLanguagesToSupportedOnes(string? preferred, string? expected)
    {
        Assert.Equal(expected, SupportedLanguage.FromPreferredLanguage(preferred));
    }

    private static Tenant NewTenant() => new(Guid.NewGuid(), "Broker", "broker.example", ContractOwner.Msp, SupportedLanguage.Dutch, Now);
}
