using MspConsole.Core.Actions;
using MspConsole.Core.Graph;

namespace MspConsole.Core.Tests.Actions;

public sealed class DefaultMethodRulesTests
{
    private static readonly AuthenticationMethod App = new("app-1", AuthenticationMethodKind.MicrosoftAuthenticator, "microsoftAuthenticatorAuthenticationMethod");
    private static readonly AuthenticationMethod SecondApp = new("app-2", AuthenticationMethodKind.MicrosoftAuthenticator, "microsoftAuthenticatorAuthenticationMethod");
    private static readonly AuthenticationMethod Mobile = Phone("3179e48a", PhoneType.Mobile);
    private static readonly AuthenticationMethod Alternate = Phone("b6332ec1", PhoneType.AlternateMobile);
    private static readonly AuthenticationMethod Office = Phone("e37fc753", PhoneType.Office);
    private static readonly AuthenticationMethod Oath = new("oath-1", AuthenticationMethodKind.SoftwareOath, "softwareOathAuthenticationMethod");
    private static readonly AuthenticationMethod Key = new("key-1", AuthenticationMethodKind.Fido2, "fido2AuthenticationMethod");

    private static AuthenticationMethod Phone(string id, PhoneType type) => new(id, AuthenticationMethodKind.Phone, "phoneAuthenticationMethod", type, "+32 470123456");

    [Fact]
    public void ChangeFor_RemovingTheAppThatIsTheDefault_PrefersTheMobilePhoneOverOtherPhonesAndCodes()
    {
        var change = DefaultMethodRules.ChangeFor([App, Oath, Office, Alternate, Mobile], PreferredSecondaryMethod.Push, [App]);

        Assert.Equal(new DefaultMethodChange(PreferredSecondaryMethod.Push, PreferredSecondaryMethod.Sms), change);
    }

    [Theory]
    [InlineData(PreferredSecondaryMethod.VoiceAlternateMobile, "alternate", "office", "oath")]
    [InlineData(PreferredSecondaryMethod.VoiceOffice, "office", "oath")]
    [InlineData(PreferredSecondaryMethod.Oath, "oath", "key")]
    public void ChangeFor_RemovingTheApp_FollowsTheDocumentedOrder(PreferredSecondaryMethod expected, params string[] remaining)
    {
        var all = new Dictionary<string, AuthenticationMethod> { ["alternate"] = Alternate, ["office"] = Office, ["oath"] = Oath, ["key"] = Key };
        AuthenticationMethod[] methods = [App, .. remaining.Select(r => all[r])];

        Assert.Equal(expected, DefaultMethodRules.ChangeFor(methods, PreferredSecondaryMethod.Push, [App])?.To);
    }

    [Fact]
    public void ChangeFor_RemovingAMobilePhoneThatIsTheDefault_PrefersARemainingAuthenticator()
    {
        Assert.Equal(PreferredSecondaryMethod.Push, DefaultMethodRules.ChangeFor([App, Mobile, Office], PreferredSecondaryMethod.VoiceMobile, [Mobile])?.To);
    }

    [Fact]
    public void ChangeFor_WhenOnlyMethodsThatCannotBeDefaultRemain_ChangesToNone()
    {
        Assert.Equal(new DefaultMethodChange(PreferredSecondaryMethod.Push, null), DefaultMethodRules.ChangeFor([App, Key], PreferredSecondaryMethod.Push, [App]));
        Assert.Equal(new DefaultMethodChange(PreferredSecondaryMethod.Push, null), DefaultMethodRules.ChangeFor([App], PreferredSecondaryMethod.Push, [App]));
    }

    [Fact]
    public void ChangeFor_WhenTheDefaultIsNotRemovedOrStillProvided_IsNull()
    {
        Assert.Null(DefaultMethodRules.ChangeFor([App, Mobile], PreferredSecondaryMethod.Sms, [App]));
        Assert.Null(DefaultMethodRules.ChangeFor([App, SecondApp, Mobile], PreferredSecondaryMethod.Push, [App]));
        Assert.Null(DefaultMethodRules.ChangeFor([App, Oath, Mobile], PreferredSecondaryMethod.Oath, [App]));
        Assert.Null(DefaultMethodRules.ChangeFor([App, Mobile], null, [App]));
    }

    [Fact]
    public void ChangeFor_TheAppIsTheLastCodeGenerator_SoRemovingItChangesAnOathDefault()
    {
        Assert.Equal(new DefaultMethodChange(PreferredSecondaryMethod.Oath, PreferredSecondaryMethod.Sms),
            DefaultMethodRules.ChangeFor([App, Mobile], PreferredSecondaryMethod.Oath, [App]));
    }

    [Theory]
    [InlineData("oath")]
    [InlineData("softwareOneTimePasscode")]
    public void AnOathDefault_IsProvidedByTheAuthenticatorApp_AsWellAsByASoftwareToken_WhicheverReportNamedIt(string graphName)
    {
        var stored = PreferredSecondaryMethodNames.Parse(graphName);

        Assert.Equal(PreferredSecondaryMethod.Oath, stored);
        Assert.True(DefaultMethodRules.Provides(PreferredSecondaryMethod.Oath, App));
        Assert.True(DefaultMethodRules.Provides(PreferredSecondaryMethod.Oath, Oath));
        Assert.False(DefaultMethodRules.Provides(PreferredSecondaryMethod.Oath, Mobile));
        Assert.False(DefaultMethodRules.Provides(PreferredSecondaryMethod.Oath, Key));
    }

    [Theory]
    [InlineData("push", PreferredSecondaryMethod.Push)]
    [InlineData("microsoftAuthenticatorPush", PreferredSecondaryMethod.Push)]
    [InlineData("mobilePhone", PreferredSecondaryMethod.Sms)]
    [InlineData("alternateMobilePhone", PreferredSecondaryMethod.VoiceAlternateMobile)]
    [InlineData("officePhone", PreferredSecondaryMethod.VoiceOffice)]
    public void TheReportsV1AndBetaNames_ReadAsTheSameDefault(string graphName, PreferredSecondaryMethod expected) =>
        Assert.Equal(expected, PreferredSecondaryMethodNames.Parse(graphName));
}
