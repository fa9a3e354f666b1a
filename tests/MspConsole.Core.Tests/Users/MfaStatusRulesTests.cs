using MspConsole.Core.Users;

namespace MspConsole.Core.Tests.Users;

public sealed class MfaStatusRulesTests
{
    [Theory]
    [InlineData(MfaStatus.NotRegistered)]
    [InlineData(MfaStatus.NotRegistered, "email")]
    [InlineData(MfaStatus.NotRegistered, "email", "securityQuestion", "temporaryAccessPass")]
    [InlineData(MfaStatus.NotRegistered, "someMethodGraphAddsNextYear")]
    [InlineData(MfaStatus.SingleMethod, "mobilePhone")]
    [InlineData(MfaStatus.SingleMethod, "mobilePhone", "email")]
    [InlineData(MfaStatus.SingleMethod, "microsoftAuthenticatorPush", "microsoftAuthenticatorPasswordless")]
    [InlineData(MfaStatus.SingleMethod, "passKeyDeviceBoundAuthenticator")]
    [InlineData(MfaStatus.SingleMethod, "officePhone")]
    [InlineData(MfaStatus.Resilient, "microsoftAuthenticatorPush", "mobilePhone")]
    [InlineData(MfaStatus.Resilient, "mobilePhone", "officePhone", "email")]
    [InlineData(MfaStatus.Resilient, "fido2", "windowsHelloForBusiness")]
    public void Classify_CountsOnlyMfaCapableMethods(MfaStatus expected, params string[] methods)
    {
        Assert.Equal(expected, MfaStatusRules.Classify(methods, isExcluded: false));
    }

    [Fact]
    public void Classify_Excluded_WinsOverAnyMethods()
    {
        Assert.Equal(MfaStatus.Excluded, MfaStatusRules.Classify(["mobilePhone", "microsoftAuthenticatorPush"], isExcluded: true));
        Assert.Equal(MfaStatus.Excluded, MfaStatusRules.Classify([], isExcluded: true));
    }

    [Theory]
    [InlineData(true, MfaStatus.NotRegistered, true)]
    [InlineData(true, MfaStatus.SingleMethod, false)]
    [InlineData(true, MfaStatus.Excluded, false)]
    [InlineData(false, MfaStatus.NotRegistered, false)]
    public void IsCritical_OnlyForAdminsWithoutAnyMfaMethod(bool isAdmin, MfaStatus status, bool expected)
    {
        Assert.Equal(expected, MfaStatusRules.IsCritical(isAdmin, status));
    }
}
