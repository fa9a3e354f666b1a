using MspConsole.Core.Tenants;

namespace MspConsole.Core.Tests.Tenants;

public sealed class SupportedLanguageTests
{
    [Theory]
    [InlineData("nl-BE", "nl")]
    [InlineData("FR_be", "fr")]
    [InlineData("en", "en")]
    [InlineData("de-DE", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FromPreferredLanguage_KeepsTheTwoLetterLanguageWhenSupported(string? preferred, string? expected) =>
        Assert.Equal(expected, SupportedLanguage.FromPreferredLanguage(preferred));

    [Theory]
    [InlineData("nl", true)]
    [InlineData("NL", false)]
    [InlineData("nl-BE", false)]
    [InlineData(null, false)]
    public void IsSupported_TakesOnlyTheStoredCodes(string? language, bool expected) =>
        Assert.Equal(expected, SupportedLanguage.IsSupported(language));
}
