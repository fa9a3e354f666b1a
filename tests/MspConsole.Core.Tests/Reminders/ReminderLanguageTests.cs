using MspConsole.Core.Reminders;

namespace MspConsole.Core.Tests.Reminders;

public sealed class ReminderLanguageTests
{
    [Theory]
    [InlineData("fr-BE", "nl", "fr")]
    [InlineData("de-DE", "en", "en")]
    [InlineData(null, "fr", "fr")]
    [InlineData(null, "de", "nl")]
    [InlineData(null, null, "nl")]
    public void Choose_TheUsersLanguage_ElseTheTenants_ElseDutch(string? user, string? tenant, string expected) =>
        Assert.Equal(expected, ReminderLanguage.Choose(user, tenant));
}
