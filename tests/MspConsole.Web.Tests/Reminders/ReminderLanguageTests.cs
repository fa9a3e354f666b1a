using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Reminders;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Reminders;

/// <summary>A reminder speaks one language: its template, its steps and its contact line, for the MSP's tenants and a customer's own IT.</summary>
[Collection(ReminderAppCollection.Name)]
public sealed partial class ReminderLanguageTests(ReminderAppFixture fixture)
{
    private static readonly Dictionary<string, string> CustomerLines = new()
    {
        [SupportedLanguage.Dutch] = "bel Marieke van de IT-dienst op 0470 11 22 33",
        [SupportedLanguage.French] = "appelez Mathilde du service informatique au 0470 11 22 33",
        [SupportedLanguage.English] = "call Mary of the IT department on 0470 11 22 33",
    };

    private static readonly Dictionary<string, string> StepLabels = new()
    {
        [SupportedLanguage.Dutch] = "<strong>Beveiligingsinformatie</strong> en kies <strong>Informatie bijwerken</strong>",
        [SupportedLanguage.French] = "<strong>Informations de sécurité</strong> et choisissez <strong>Mettre à jour les informations</strong>",
        [SupportedLanguage.English] = "<strong>Security info</strong> and choose <strong>Update info</strong>",
    };

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(SupportedLanguage.Dutch)]
    [InlineData(SupportedLanguage.French)]
    [InlineData(SupportedLanguage.English)]
    public async Task Preview_InEachLanguage_ContainsNoTextOfAnotherLanguage_ForTheMspAndForACustomersOwnIt(string language)
    {
        var customerIt = await CustomerItTenantAsync();
        var options = fixture.Factory.Services.GetRequiredService<IOptions<ReminderOptions>>().Value;
        using var client = await fixture.Factory.ClientAsync(DevelopmentPersonas.Helpdesk.Key, cancellation);
        var foreign = SupportedLanguage.All.Where(other => other != language)
            .SelectMany(other => TemplateTexts(options, other).Append(options.MspHelpdeskContacts[other]).Append(CustomerLines[other]))
            .ToList();
        Assert.True(foreign.Count > 30, "The other languages' templates give texts to look for.");

        foreach (var (tenantId, contact) in new[] { (fixture.TenantA, options.MspHelpdeskContacts[language]), (customerIt, CustomerLines[language]) })
        {
            using var response = await client.GetAsync(new Uri($"/tenants/{tenantId}/reminders/preview/mail?language={language}", UriKind.Relative), cancellation);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(WebUtility.HtmlDecode(StepLabels[language]), html, StringComparison.Ordinal);
            Assert.Contains(contact, html, StringComparison.Ordinal);
            Assert.All(foreign, text => Assert.DoesNotContain(text, html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ContactLines_ChooseTheLanguagesPart_ElseThePartWithoutPrefix_ElseNothing()
    {
        const string text = "Helpdesk 02 555 01 01 | fr: Helpdesk (français) 02 555 01 02 | en: Helpdesk (English) 02 555 01 03";

        Assert.Equal("Helpdesk (français) 02 555 01 02", ContactLines.For(text, SupportedLanguage.French));
        Assert.Equal("Helpdesk (English) 02 555 01 03", ContactLines.For(text, SupportedLanguage.English));
        Assert.Equal("Helpdesk 02 555 01 01", ContactLines.For(text, SupportedLanguage.Dutch));
        Assert.Equal("Call Marc on +32 2 555 01 23", ContactLines.For("Call Marc on +32 2 555 01 23", SupportedLanguage.French));
        Assert.Null(ContactLines.For("fr: seulement en français", SupportedLanguage.Dutch));
    }

    /// <summary>A tenant of the customer's own IT with a contact line per language (a row only: the preview reads no Graph).</summary>
    private async Task<Guid> CustomerItTenantAsync()
    {
        var tenant = new TenantBuilder().Named("Eigen IT Makelaars", $"eigen-it-{Guid.NewGuid():N}.be").Build();
        tenant.SetContract(ContractOwner.CustomerIt, string.Join(" | ", CustomerLines.Select(line => $"{line.Key}: {line.Value}")));
        await using var db = fixture.CreateDbContext();
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellation);
        return tenant.Id;
    }

    /// <summary>The template's own words: its phrases (two words or more) between tags, placeholders and punctuation.</summary>
    private static List<string> TemplateTexts(ReminderOptions options, string language)
    {
        var template = File.ReadAllText(Path.Combine(options.ResolveTemplateDirectory(), $"reminder.{language}.html"));
        return [.. TextPiece().Split(PlaceholderOrTag().Replace(template, "\n"))
            .Select(piece => WebUtility.HtmlDecode(piece).Trim())
            .Where(piece => piece.Length >= 8 && piece.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{\{\s*[A-Za-z]+\s*\}\}|<[^>]+>")]
    private static partial Regex PlaceholderOrTag();

    [GeneratedRegex(@"[\n.:;!?()]")]
    private static partial Regex TextPiece();
}
