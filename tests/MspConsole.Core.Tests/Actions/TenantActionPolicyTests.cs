using MspConsole.Core.Actions;

namespace MspConsole.Core.Tests.Actions;

public sealed class TenantActionPolicyTests
{
    private const string FirstAdmin = "admin-1";
    private const string SecondAdmin = "admin-2";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);

    private static TenantActionPolicy FourEyesOn() => new(Guid.NewGuid(), requireFourEyes: true, "setup@msp.example", Now);

    [Fact]
    public void SwitchOff_ApprovedByASecondAdminInTime_TurnsFourEyesOff()
    {
        var policy = FourEyesOn();
        policy.RequestSwitchOff(FirstAdmin, "one@msp.example", "break-glass drill", Now);

        var refusal = policy.ApproveSwitchOff(SecondAdmin, "two@msp.example", Now.AddHours(1), Lifetime);

        Assert.Null(refusal);
        Assert.Equal((false, "two@msp.example", Now.AddHours(1)), (policy.RequireFourEyes, policy.ChangedBy, policy.ChangedAt));
        Assert.Null(policy.SwitchOffRequestedAt);
    }

    [Fact]
    public void SwitchOff_ApprovedByTheRequester_IsRefusedAndFourEyesStaysOn()
    {
        var policy = FourEyesOn();
        policy.RequestSwitchOff(FirstAdmin, "one@msp.example", "drill", Now);

        Assert.Equal(ActionRequestRefusal.OwnRequest, policy.ApproveSwitchOff(FirstAdmin, "one@msp.example", Now, Lifetime));
        Assert.True(policy.RequireFourEyes);
    }

    [Fact]
    public void SwitchOff_ApprovedAfterItsLifetime_IsExpired()
    {
        var policy = FourEyesOn();
        policy.RequestSwitchOff(FirstAdmin, "one@msp.example", "drill", Now);

        Assert.False(policy.SwitchOffPending(Now + Lifetime + TimeSpan.FromSeconds(1), Lifetime));
        Assert.Equal(ActionRequestRefusal.Expired, policy.ApproveSwitchOff(SecondAdmin, "two@msp.example", Now + Lifetime + TimeSpan.FromSeconds(1), Lifetime));
        Assert.True(policy.RequireFourEyes);
    }

    [Fact]
    public void SwitchOff_WithNothingRequested_IsAlreadyDecided() =>
        Assert.Equal(ActionRequestRefusal.AlreadyDecided, FourEyesOn().ApproveSwitchOff(SecondAdmin, "two@msp.example", Now, Lifetime));

    [Fact]
    public void TurnOn_DropsAPendingSwitchOff()
    {
        var policy = FourEyesOn();
        policy.RequestSwitchOff(FirstAdmin, "one@msp.example", "drill", Now);

        policy.TurnOn("two@msp.example", Now.AddMinutes(1));

        Assert.True(policy.RequireFourEyes);
        Assert.False(policy.SwitchOffPending(Now.AddMinutes(1), Lifetime));
        Assert.Null(policy.SwitchOffReason);
    }

    [Fact]
    public void RequestSwitchOff_CutsALongReasonToTheColumn()
    {
        var policy = FourEyesOn();

        policy.RequestSwitchOff(FirstAdmin, "one@msp.example", new string('r', TenantActionPolicy.ReasonMaxLength + 5), Now);

        Assert.Equal(TenantActionPolicy.ReasonMaxLength, policy.SwitchOffReason?.Length);
    }
}
