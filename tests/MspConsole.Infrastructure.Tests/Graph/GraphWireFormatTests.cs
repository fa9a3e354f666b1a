using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Graph;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>What actually goes over the wire: bearer token on the configured (loopback) host, $select/$top on users,
/// and the sendMail body the SDK writes.</summary>
public sealed class GraphWireFormatTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    private readonly ConcurrentQueue<(HttpRequestMessage Request, string? Body)> sent = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_ToTheConfiguredGraphHost_CarryTheTenantsBearerToken()
    {
        using var services = CreateServices();
        var client = services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(simulator.LicensedTenant.Id);

        await using (var pages = client.ReadUserPagesAsync(Ct).GetAsyncEnumerator(Ct))
        {
            await pages.MoveNextAsync();
        }

        var (request, _) = Assert.Single(sent);
        Assert.Equal("Bearer", request.Headers.Authorization?.Scheme);
        Assert.False(string.IsNullOrEmpty(request.Headers.Authorization?.Parameter));
        var query = Uri.UnescapeDataString(request.RequestUri!.Query); // every request has a URI
        Assert.Contains("$top=10", query, StringComparison.Ordinal);
        Assert.Contains("$select=id,userPrincipalName,displayName,userType,accountEnabled,preferredLanguage,mail", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMail_WritesSubjectBodyAndRecipientAsGraphExpects()
    {
        using var services = CreateServices();
        var tenant = simulator.LicensedTenant;
        var sender = simulator.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member" && u.AccountEnabled);
        var client = services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(tenant.Id);

        try
        {
            await client.SendMailAsync(sender.UserPrincipalName, new MailMessage("Herinnering", "Tekst", IsHtml: false, "jan@x.example", "Jan"), Ct);
        }
        catch (GraphFailureException)
        {
            // Whether the simulator accepts it is another test's business; this one checks what was sent.
        }

        var (request, body) = Assert.Single(sent, s => s.Request.RequestUri!.AbsolutePath.EndsWith("/sendMail", StringComparison.Ordinal));
        Assert.Equal(HttpMethod.Post, request.Method);
        var json = JsonNode.Parse(body!)!.AsObject(); // sendMail always has a JSON body
        // Graph's metadata names the action parameters Message and SaveToSentItems; the SDK writes them so, and Graph
        // matches action parameters case-insensitively.
        var message = json["Message"]!.AsObject();
        Assert.Equal("Herinnering", (string?)message["subject"]);
        Assert.Equal("text", ((string?)message["body"]!["contentType"])?.ToLowerInvariant());
        Assert.Equal("Tekst", (string?)message["body"]!["content"]);
        Assert.Equal("jan@x.example", (string?)message["toRecipients"]![0]!["emailAddress"]!["address"]);
        Assert.True((bool?)json["SaveToSentItems"]);
    }

    private ServiceProvider CreateServices() => simulator.CreateGraphServices(services: collection =>
        collection.AddHttpClient(TenantGraphClientFactory.HttpClientName).AddHttpMessageHandler(() => new CaptureHandler(sent)));

    private sealed class CaptureHandler(ConcurrentQueue<(HttpRequestMessage, string?)> sent) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            sent.Enqueue((request, body));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
