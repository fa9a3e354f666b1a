using System.Net;
using System.Text;
using MspConsole.GraphSimulator.Tests.Support;

namespace MspConsole.GraphSimulator.Tests.Documented;

/// <summary>Microsoft Graph v1.0 "user: sendMail": POST /users/{id | userPrincipalName}/sendMail with a JSON body
/// (message, saveToSentItems) or base64 MIME as text/plain; 202 Accepted with an empty body; malformed MIME → 400
/// ErrorMimeContentInvalidBase64String. Each request below has the shape of one of the page's examples.</summary>
public sealed class SendMailDocumentedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, bool> JsonForms => new()
    {
        // saveToSentItems written as a string, and cc recipients (the page's first example).
        { "saveToSentItems as a string", """
            {"message":{"subject":"Lunch on Friday?","body":{"contentType":"Text","content":"The canteen reopened."},
              "toRecipients":[{"emailAddress":{"address":"ines@fabrikam.example"}}],
              "ccRecipients":[{"emailAddress":{"address":"bart@fabrikam.example"}}]},
             "saveToSentItems":"false"}
            """, false },
        // Custom internet message headers.
        { "internetMessageHeaders", """
            {"message":{"subject":"Concert","body":{"contentType":"HTML","content":"<b>Team Ghent</b>"},
              "toRecipients":[{"emailAddress":{"address":"ines@fabrikam.example"}}],
              "internetMessageHeaders":[{"name":"x-custom-team","value":"Ghent"},{"name":"x-custom-team-id","value":"GH01"}]}}
            """, true },
        // A file attachment with its @odata.type.
        { "fileAttachment", """
            {"message":{"subject":"Minutes","body":{"contentType":"Text","content":"Attached."},
              "toRecipients":[{"emailAddress":{"address":"ines@fabrikam.example"}}],
              "attachments":[{"@odata.type":"#microsoft.graph.fileAttachment","name":"minutes.txt","contentType":"text/plain",
                "contentBytes":"bWludXRlcw=="}]}}
            """, true },
        // The message's properties at the top level, flagged for follow-up (the page's last example).
        { "message properties at the top level", """
            {"subject":"Reply by Monday","toRecipients":[{"emailAddress":{"address":"ines@fabrikam.example"}}],
             "flag":{"flagStatus":"flagged","startDateTime":{"dateTime":"2026-12-07T09:00:00","timeZone":"Romance Standard Time"},
               "dueDateTime":{"dateTime":"2026-12-08T17:00:00","timeZone":"Romance Standard Time"}}}
            """, true },
    };

    [Theory]
    [MemberData(nameof(JsonForms))]
    public async Task SendMail_EachDocumentedJsonForm_Returns202WithEmptyBodyAndQueuesTheMail(string form, string body, bool savedToSentItems)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var sender = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{sender.UserPrincipalName}/sendMail", token, SimulatorClient.Json(body));

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{form}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        Assert.Empty(await response.Content.ReadAsStringAsync(Ct));
        var mail = Assert.Single(host.State.Outbox);
        Assert.Equal(["ines@fabrikam.example"], mail.ToRecipients);
        Assert.Equal(savedToSentItems, mail.SaveToSentItems);
    }

    [Theory]
    [InlineData("\"no\"")]
    [InlineData("3")]
    public async Task SendMail_SaveToSentItemsNeitherBooleanNorBooleanText_Returns400(string value)
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var sender = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);
        var body = $$$"""{"message":{"subject":"x","toRecipients":[{"emailAddress":{"address":"a@fabrikam.example"}}]},"saveToSentItems":{{{value}}}}""";

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{sender.Id}/sendMail", token, SimulatorClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.State.Outbox);
    }

    [Fact]
    public async Task SendMail_MimeAsBase64WrappedOverLines_Returns202()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var sender = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);
        var mime = $"From: {sender.UserPrincipalName}\r\nTo: ines@fabrikam.example\r\nSubject: Wrapped MIME\r\nContent-Type: text/plain\r\n\r\nHello from a base64 body wrapped at 76 characters.\r\n";
        var wrapped = Convert.ToBase64String(Encoding.UTF8.GetBytes(mime), Base64FormattingOptions.InsertLineBreaks);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{sender.Id}/sendMail", token,
            new StringContent(wrapped, Encoding.ASCII, "text/plain"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("Subject: Wrapped MIME", Assert.Single(host.State.Outbox).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMail_MalformedMime_Returns400ErrorMimeContentInvalidBase64String()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions(), Ct);
        using var client = new SimulatorClient(host);
        var tenant = client.Tenant(0);
        var sender = host.State.GetUsers(tenant.Id)!.First(u => u.UserType == "Member");
        var token = await client.TokenAsync(tenant);

        using var response = await client.SendAsync(HttpMethod.Post, $"v1.0/users/{sender.Id}/sendMail", token,
            new StringContent("this is not base64!", Encoding.ASCII, "text/plain"));

        await GraphAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "ErrorMimeContentInvalidBase64String");
        Assert.Empty(host.State.Outbox);
    }
}
