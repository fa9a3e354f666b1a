using System.Net;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Graph;

public sealed class MailAndPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendMail_ValidMessage_Returns202AndLandsInOutbox()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var sender = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);
        const string Body = """
            {"message":{"subject":"Registreer MFA","body":{"contentType":"HTML","content":"<p>Hallo</p>"},
             "toRecipients":[{"emailAddress":{"address":"jan@example.be","name":"Jan"}}]},"saveToSentItems":false}
            """;

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{sender.UserPrincipalName}/sendMail", token, SimulatorClient.Json(Body));
        var outbox = await client.Http.GetStringAsync("_simulator/outbox", Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(Ct));
        var mail = Assert.Single(host.State.Outbox);
        Assert.Equal(("Registreer MFA", "HTML", "<p>Hallo</p>", sender.Id, false), (mail.Subject, mail.ContentType, mail.Content, mail.SenderId, mail.SaveToSentItems));
        Assert.Equal(["jan@example.be"], mail.ToRecipients);
        Assert.Contains("Registreer MFA", outbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMail_WithCapitalisedParameterNames_AsTheSdkWritesThem_IsAccepted()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var sender = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);
        const string Body = """
            {"Message":{"Subject":"Registreer MFA","Body":{"ContentType":"text","Content":"Hallo"},
             "ToRecipients":[{"EmailAddress":{"Address":"jan@example.be"}}]},"SaveToSentItems":false}
            """;

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{sender.Id}/sendMail", token, SimulatorClient.Json(Body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = Assert.Single(host.State.Outbox);
        Assert.Equal(("Registreer MFA", "Hallo", false), (mail.Subject, mail.Content, mail.SaveToSentItems));
        Assert.Equal(["jan@example.be"], mail.ToRecipients);
    }

    [Theory]
    [InlineData("""{"message":{"subject":"x","toRecipients":[]}}""")]
    [InlineData("""{"subject":"no message"}""")]
    [InlineData("""{"message":{"subject":"x","body":{"contentType":"Rtf","content":"x"},"toRecipients":[{"emailAddress":{"address":"a@b.be"}}]}}""")]
    [InlineData("""{"message": """)]
    public async Task SendMail_MalformedBody_Returns400AndSendsNothing(string body)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var sender = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{sender.Id}/sendMail", token, SimulatorClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.State.Outbox);
    }

    [Fact]
    public async Task SendMail_SenderFromOtherTenant_Returns404()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var foreign = host.State.GetUsers(client.Tenant(4).Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(client.Tenant(0));
        const string Body = """{"message":{"subject":"x","body":{"contentType":"Text","content":"x"},"toRecipients":[{"emailAddress":{"address":"a@b.be"}}]}}""";

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{foreign.Id}/sendMail", token, SimulatorClient.Json(Body));

        await GraphAssert.ErrorAsync(response, HttpStatusCode.NotFound, "ErrorInvalidUser");
        Assert.Empty(host.State.Outbox);
    }

    [Fact]
    public async Task SecurityDefaults_ReflectsTenantFlag()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        tenant.SecurityDefaults = true;
        var token = await client.TokenAsync(tenant);

        var policy = await client.GetJsonAsync("v1.0/policies/identitySecurityDefaultsEnforcementPolicy", token);

        Assert.Equal("00000000-0000-0000-0000-000000000005", policy["id"]!.GetValue<string>());
        Assert.True(policy["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ConditionalAccess_LicensedTenantListsMfaPolicy_UnlicensedGets403()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);

        var licensed = await client.GetJsonAsync("v1.0/identity/conditionalAccess/policies", await client.TokenAsync(client.Tenant(0)));
        using var unlicensed = await client.GetAsync("v1.0/identity/conditionalAccess/policies", await client.TokenAsync(client.Tenant(1)));

        Assert.Contains(licensed["value"]!.AsArray(), p => p!["state"]!.GetValue<string>() == "enabled"
            && p["grantControls"]!["builtInControls"]!.AsArray().Any(c => c!.GetValue<string>() == "mfa"));
        Assert.Equal(HttpStatusCode.Forbidden, unlicensed.StatusCode);
    }

    [Fact]
    public async Task BetaRequirements_ReturnsPerUserMfaState()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var user = host.State.GetUsers(tenant.Id)![0];

        var json = await client.GetJsonAsync($"beta/users/{user.Id}/authentication/requirements", await client.TokenAsync(tenant));

        Assert.Equal(user.PerUserMfaState, json["perUserMfaState"]!.GetValue<string>());
    }
}
