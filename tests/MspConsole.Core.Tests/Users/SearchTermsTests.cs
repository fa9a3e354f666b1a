using MspConsole.Core.Users;

namespace MspConsole.Core.Tests.Users;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("Van Acker", "vanacker")]
    [InlineData("van acker", "vanacker")]
    [InlineData("Élise", "elise")]
    [InlineData("D'Hondt", "dhondt")]
    [InlineData("  ", "")]
    public void Normalize_DropsCaseAccentsSpacesAndPunctuation(string text, string expected) =>
        Assert.Equal(expected, SearchTerms.Normalize(text));

    [Fact]
    public void Of_AFlemishName_HasTheFullNameEveryWordAndEveryRunToTheEnd()
    {
        var terms = SearchTerms.Of("Wim Van Acker", "wim.vanacker@contoso.be");

        Assert.Equal(
            ["acker", "van", "vanacker", "wim", "wimvanacker", "wimvanackercontosobe"],
            terms.Select(term => term.Text).Order(StringComparer.Ordinal));
        Assert.Equal(["wimvanacker", "wimvanackercontosobe"], terms.Where(term => term.IsFullName).Select(term => term.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Of_AnAccentedName_IsFoundWithoutTheAccent()
    {
        var terms = SearchTerms.Of("Élise Dupré", "elise.dupre@broker.be").Select(term => term.Text).ToList();

        Assert.Contains("elise", terms);
        Assert.Contains("dupre", terms);
    }

    [Fact]
    public void Of_AVeryLongName_KeepsTermsWithinTheColumn()
    {
        var terms = SearchTerms.Of(string.Join(' ', Enumerable.Repeat("Bartholomeus", 20)), "x@y.be");

        Assert.All(terms, term => Assert.InRange(term.Text.Length, 1, UserSearchTerm.TermMaxLength));
    }
}
