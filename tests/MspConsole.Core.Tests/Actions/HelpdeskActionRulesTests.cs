using MspConsole.Core.Actions;

namespace MspConsole.Core.Tests.Actions;

public sealed class HelpdeskActionRulesTests
{
    [Theory]
    [InlineData(HelpdeskAction.RemoveMethod, true)]
    [InlineData(HelpdeskAction.CorrectPhone, true)]
    [InlineData(HelpdeskAction.ResetAuthenticator, true)]
    [InlineData(HelpdeskAction.ResetAllMethods, true)]
    [InlineData(HelpdeskAction.TemporaryAccessPass, true)]
    [InlineData(HelpdeskAction.RevokeSessions, false)]
    [InlineData(HelpdeskAction.Exclude, false)]
    [InlineData(HelpdeskAction.Include, false)]
    public void NeedsCallerVerification_ForWhatASocialEngineerWouldAskFor(HelpdeskAction action, bool expected) =>
        Assert.Equal(expected, HelpdeskActionRules.NeedsCallerVerification(action));

    [Theory]
    [InlineData(HelpdeskAction.TemporaryAccessPass, false, true)]
    [InlineData(HelpdeskAction.ResetAllMethods, false, true)]
    [InlineData(HelpdeskAction.RemoveMethod, false, false)]
    [InlineData(HelpdeskAction.RemoveMethod, true, true)]
    [InlineData(HelpdeskAction.RevokeSessions, true, true)]
    [InlineData(HelpdeskAction.Exclude, true, false)]
    [InlineData(HelpdeskAction.Include, true, false)]
    public void IsHighRisk_APassAResetOfAllOrAnyGraphChangeToAnAdmin(HelpdeskAction action, bool targetIsAdmin, bool expected) =>
        Assert.Equal(expected, HelpdeskActionRules.IsHighRisk(action, targetIsAdmin));
}
