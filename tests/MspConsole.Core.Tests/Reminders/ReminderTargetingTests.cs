using MspConsole.Core.Reminders;
using MspConsole.Core.Users;

namespace MspConsole.Core.Tests.Reminders;

public sealed class ReminderTargetingTests
{
    [Fact]
    public void ReasonToSkip_DisabledAccount_IsSkippedAsDisabled()
    {
        Assert.Equal(ReminderReasons.Disabled, ReminderTargeting.ReasonToSkip(MfaStatus.Disabled, isGuest: false, removedAt: null, campaignPolicy: null));
        Assert.False(ReminderTargeting.IsNonCompliant(MfaStatus.Disabled));
    }

    [Fact]
    public void ReasonToSkip_EnabledUserWithoutMfa_IsNotSkipped() =>
        Assert.Null(ReminderTargeting.ReasonToSkip(MfaStatus.NotRegistered, isGuest: false, removedAt: null, campaignPolicy: null));
}
