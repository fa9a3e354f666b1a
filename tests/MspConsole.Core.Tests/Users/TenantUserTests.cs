using MspConsole.Core.Graph;
using MspConsole.Core.Users;

namespace MspConsole.Core.Tests.Users;

public sealed class TenantUserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Refresh_SetsMethodsCountAndStatus()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);

        user.Refresh(Registration("u1", "mobilePhone", "email"), Now);

        Assert.Equal(MfaStatus.SingleMethod, user.Status);
        Assert.Equal(1, user.MfaMethodCount);
        Assert.Equal(["mobilePhone", "email"], user.MethodsRegistered);
    }

    [Fact]
    public void Refresh_OfAnotherUsersRegistration_IsRefused()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);

        Assert.Throws<ArgumentException>(() => user.Refresh(Registration("u2"), Now));
    }

    [Fact]
    public void Refresh_AfterBeingMarkedRemoved_BringsTheUserBack()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);
        user.MarkRemoved(Now);

        user.Refresh(Registration("u1"), Now.AddDays(1));

        Assert.Null(user.RemovedAt);
        Assert.Equal(Now.AddDays(1), user.LastSeenAt);
    }

    [Fact]
    public void SeenInDirectoryDisabled_KeepsTheRegistrationAndTheFirstDate_AndReenabledRestoresTheStatus()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);
        user.Refresh(Registration("u1", "mobilePhone", "microsoftAuthenticatorPush"), Now);

        user.SeenInDirectory(accountEnabled: false, Now.AddDays(1));
        user.SeenInDirectory(accountEnabled: false, Now.AddDays(2));

        Assert.Equal(MfaStatus.Disabled, user.Status);
        Assert.Equal(Now.AddDays(1), user.DisabledAt);
        Assert.Equal(Now.AddDays(2), user.LastSeenAt);
        Assert.Equal(["mobilePhone", "microsoftAuthenticatorPush"], user.MethodsRegistered);

        user.SeenInDirectory(accountEnabled: true, Now.AddDays(3));

        Assert.Equal(MfaStatus.Resilient, user.Status);
        Assert.Null(user.DisabledAt);
    }

    [Fact]
    public void Disabled_WinsOverExclusion_AndTheExclusionReturnsWithTheAccount()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);
        user.Refresh(Registration("u1"), Now);
        user.Exclude("Service account, INC-9");

        user.SeenInDirectory(accountEnabled: false, Now);
        Assert.Equal(MfaStatus.Disabled, user.Status);
        user.SeenInDirectory(accountEnabled: true, Now);

        Assert.Equal(MfaStatus.Excluded, user.Status);
    }

    [Fact]
    public void SeenInDirectory_AfterBeingMarkedRemoved_BringsTheUserBack()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);
        user.MarkRemoved(Now);

        user.SeenInDirectory(accountEnabled: false, Now.AddDays(1));

        Assert.Null(user.RemovedAt);
    }

    [Fact]
    public void Exclude_NeedsAReason_AndIncludeRestoresTheComputedStatus()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);
        user.Refresh(Registration("u1", "mobilePhone", "microsoftAuthenticatorPush"), Now);

        Assert.Throws<ArgumentException>(() => user.Exclude(" "));
        user.Exclude("Break-glass account, INC-7");
        Assert.Equal(MfaStatus.Excluded, user.Status);
        user.Include();

        Assert.Equal(MfaStatus.Resilient, user.Status);
        Assert.Null(user.ExclusionReason);
    }

    [Fact]
    public void Refresh_WithAnOversizedDisplayName_KeepsItWithinTheColumn()
    {
        var user = new TenantUser(Guid.NewGuid(), "u1", Now);

        user.Refresh(Registration("u1") with { DisplayName = new string('x', 5000) }, Now);

        Assert.Equal(TenantUser.DisplayNameMaxLength, user.DisplayName.Length);
    }

    private static UserRegistration Registration(string id, params string[] methods) =>
        new(id, $"{id}@customer.example", "Ana", false, false, methods.Length > 0, methods.Length > 0, false, false, methods, null, Now);
}
