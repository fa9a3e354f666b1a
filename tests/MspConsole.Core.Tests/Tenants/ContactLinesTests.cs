using MspConsole.Core.Tenants;

namespace MspConsole.Core.Tests.Tenants;

public sealed class ContactLinesTests
{
    [Theory]
    [InlineData("nl: Bel 02 123 | fr: Appelez le 02 123 | Mail it@contoso.be", "nl", "Bel 02 123")]
    [InlineData("nl: Bel 02 123 | FR: Appelez le 02 123", "fr", "Appelez le 02 123")]
    [InlineData("nl: Bel 02 123 | fr: Appelez le 02 123 | Mail it@contoso.be", "en", "Mail it@contoso.be")]
    [InlineData("Helpdesk 02 123 | it@contoso.be", "fr", "Helpdesk 02 123 it@contoso.be")]
    [InlineData("Helpdesk 02 123", "en", "Helpdesk 02 123")]
    public void For_GivesTheLanguagesOwnLine_ElseTheUnprefixedText(string text, string language, string expected) =>
        Assert.Equal(expected, ContactLines.For(text, language));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("nl: Bel 02 123")]
    public void For_WithNoLineForTheLanguageAndNoFallback_IsNull(string? text) =>
        Assert.Null(ContactLines.For(text, "fr"));

    [Fact]
    public void For_ATextThatMerelyStartsWithALanguageCode_IsNoPrefix() =>
        Assert.Equal("english desk: 02 123", ContactLines.For("english desk: 02 123 | fr: 02 456", "en"));
}
