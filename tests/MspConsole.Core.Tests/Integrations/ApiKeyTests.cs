using MspConsole.Core.Integrations;

namespace MspConsole.Core.Tests.Integrations;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordUse_IsFirstOfTheDay_OnlyOnceEachUtcDay()
    {
        var key = NewKey();

        Assert.True(key.RecordUse(Now));
        Assert.False(key.RecordUse(Now.AddHours(14)));
        Assert.True(key.RecordUse(Now.AddHours(15)));
        Assert.Equal(Now.AddHours(15), key.LastUsedAt);
    }

    [Fact]
    public void IsUsableAt_IsFalse_OnceRevokedOrAtExpiry()
    {
        var revoked = NewKey();
        revoked.Revoke(Now);

        Assert.True(NewKey().IsUsableAt(Now.AddDays(29)));
        Assert.False(NewKey().IsUsableAt(Now.AddDays(30)));
        Assert.False(revoked.IsUsableAt(Now));
    }

    [Fact]
    public void Revoke_Twice_KeepsTheFirstTime()
    {
        var key = NewKey();

        key.Revoke(Now);
        key.Revoke(Now.AddDays(1));

        Assert.Equal(Now, key.RevokedAt);
    }

    [Fact]
    public void New_WithExpiryNotInTheFuture_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new ApiKey("psa", new string('a', ApiKey.HashLength), "mspk_", null, null, Now, "ada", Now));

    [Fact]
    public void New_WithBlankManager_SeesAllTenants()
    {
        var key = new ApiKey("psa", new string('a', ApiKey.HashLength), "mspk_", " ", "someone@msp.example", Now.AddDays(1), "ada", Now);

        Assert.True(key.IsAllTenants);
        Assert.Null(key.AccountManagerUpn);
    }

    private static ApiKey NewKey() => new("psa", new string('a', ApiKey.HashLength), "mspk_", "oid", "anna@msp.example", Now.AddDays(30), "ada", Now);
}
