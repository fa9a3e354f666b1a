using System.Net;
using MspConsole.Web.Security.Development;
using MspConsole.Web.Tests.Hosting;
using MspConsole.Web.Tests.Reminders;

namespace MspConsole.Web.Tests.Features;

/// <summary>The audit and reminders pages as a French- or Dutch-speaking engineer gets them (they used to come out in English).</summary>
[Collection(ReminderAppCollection.Name)]
public sealed class RemindersAndAuditLocalizationTests(ReminderAppFixture fixture)
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr-BE,fr;q=0.9", "Journal d'audit", "Ajout uniquement", "Filtrer", "Exporter en CSV", "Réussi", "Auteur")]
    [InlineData("nl-BE,nl;q=0.9", "Auditlogboek", "Enkel toevoegen", "Filteren", "CSV exporteren", "Geslaagd", "Uitvoerder")]
    public async Task AuditPage_SpeaksTheBrowsersLanguage(string acceptLanguage, params string[] expected)
    {
        var html = await GetAsync(DevelopmentPersonas.Helpdesk.Key, "/audit", acceptLanguage);

        Assert.All(expected, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.DoesNotContain("Append-only", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Succeeded<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-BE", "Quand (avec décalage UTC)", "Auteur", "Identifiant de corrélation", "Adresse IP du client")]
    [InlineData("nl-BE", "Wanneer (met verschil tot UTC)", "Uitvoerder", "Correlatie-id", "IP-adres van de client")]
    public async Task AuditCsv_HeadersInTheBrowsersLanguage(string acceptLanguage, params string[] expected)
    {
        var csv = await GetAsync(DevelopmentPersonas.Helpdesk.Key, "/audit/export.csv?action=none-" + Guid.NewGuid().ToString("N"), acceptLanguage);

        var header = csv.Split('\n')[0];
        Assert.All(expected, text => Assert.Contains(text, header, StringComparison.Ordinal));
        Assert.DoesNotContain("Correlation id", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-BE", "Rappels", "Demandes d'envoi", "Aperçu de l'envoi à tous les clients")]
    [InlineData("nl-BE", "Herinneringen", "Verzendaanvragen", "Het versturen naar alle klanten vooraf bekijken")]
    public async Task RemindersPage_SpeaksTheBrowsersLanguage(string acceptLanguage, params string[] expected)
    {
        var html = await GetAsync(DevelopmentPersonas.Helpdesk.Key, "/reminders", acceptLanguage);

        Assert.All(expected, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.DoesNotContain("Send requests", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-BE", "Campagne de rappels", "Jours entre les rappels", "Boîte aux lettres expéditrice", "lundi")]
    [InlineData("nl-BE", "Herinneringscampagne", "Dagen tussen herinneringen", "Afzendermailbox", "maandag")]
    public async Task CampaignPage_SpeaksTheBrowsersLanguage(string acceptLanguage, params string[] expected)
    {
        var html = await GetAsync(DevelopmentPersonas.Admin.Key, $"/tenants/{fixture.TenantA}/reminders/policy", acceptLanguage);

        Assert.All(expected, text => Assert.Contains(text, html, StringComparison.Ordinal));
        Assert.DoesNotContain("Days between reminders", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-BE", "Une campagne activée nécessite au moins un jour d'envoi.", "Le nombre de jours entre les rappels doit être compris entre 1 et 365.")]
    [InlineData("nl-BE", "Een actieve campagne heeft minstens één verzenddag nodig.", "Het aantal dagen tussen herinneringen moet tussen 1 en 365 liggen.")]
    public async Task CampaignPage_RefusesABadFormInTheBrowsersLanguage(string acceptLanguage, string noDays, string badCadence)
    {
        using var client = await ClientAsync(DevelopmentPersonas.Admin.Key, acceptLanguage);
        var url = $"/tenants/{fixture.TenantA}/reminders/policy";

        using var response = await client.PostFormAsync(url, [new("enabled", "true"), new("targetNotRegistered", "true"), new("cadenceDays", "0")], cancellation, url);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(noDays, html, StringComparison.Ordinal);
        Assert.Contains(badCadence, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-BE", "Aperçu du rappel", "Ligne de contact", "Objet")]
    [InlineData("nl-BE", "Voorbeeld van de herinnering", "Contactregel", "Onderwerp")]
    public async Task PreviewPage_SpeaksTheBrowsersLanguage(string acceptLanguage, params string[] expected)
    {
        var html = await GetAsync(DevelopmentPersonas.Helpdesk.Key, $"/tenants/{fixture.TenantA}/reminders/preview", acceptLanguage);

        Assert.All(expected, text => Assert.Contains(text, html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr-BE", "Demande d'envoi", "Terminé", "Envoyé", "Utilisateurs sélectionnés")]
    [InlineData("nl-BE", "Verzendaanvraag", "Afgerond", "Verstuurd", "Geselecteerde gebruikers")]
    public async Task BatchPage_ShowsStateOutcomeAndTargetInTheBrowsersLanguage(string acceptLanguage, params string[] expected)
    {
        var user = await fixture.NonCompliantUserAsync(fixture.TenantA, skip: 2);
        using var client = await ClientAsync(DevelopmentPersonas.Helpdesk.Key, acceptLanguage);
        var userPage = $"/tenants/{fixture.TenantA}/users/{user.ObjectId}";
        using var sent = await client.PostFormAsync($"{userPage}/actions/send-reminder", [new("reason", "INC-7100 language test")], cancellation, userPage);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(sent.Headers.Location, cancellation));

        Assert.Contains("data-testid=\"batch-sent\">1<", html, StringComparison.Ordinal);
        Assert.All(expected, text => Assert.Contains(text, html, StringComparison.Ordinal));
    }

    private async Task<HttpClient> ClientAsync(string persona, string acceptLanguage)
    {
        var client = await fixture.Factory.ClientAsync(persona, cancellation);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        return client;
    }

    private async Task<string> GetAsync(string persona, string url, string acceptLanguage)
    {
        using var client = await ClientAsync(persona, acceptLanguage);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The pages encode non-ASCII letters and apostrophes (&#xE9;, &#x27;): compare the text a reader sees.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(cancellation));
    }
}
