using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Alerts;
using MspConsole.TestKit.Hosting;
using MspConsole.Web.Tests.Hosting;

namespace MspConsole.Web.Tests.Alerts;

/// <summary>Creating rules through the rendered form, waiting for deliveries, and checking signatures the way a receiver would.</summary>
internal static partial class AlertTestSupport
{
    /// <summary>Room for one failed attempt and Hangfire's retry a minute later (plus its scheduler's 15-second poll) on a busy
    /// CI machine: a message that never arrives still fails, with each delivery's state in the message.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    public static string NewRun() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>Posts the page's "new rule" form with its anti-forgery token; returns the answer and the secret shown, if any.</summary>
    public static async Task<(HttpResponseMessage Response, string Html, string? Secret)> PostRuleAsync(
        HttpClient admin, IDictionary<string, string> fields, CancellationToken cancellationToken, string query = "")
    {
        var page = await admin.GetStringAsync(new Uri("/admin/alerts" + query, UriKind.Relative), cancellationToken);
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page) };
        using var form = new FormUrlEncodedContent(all);
        var response = await admin.PostAsync(new Uri("/admin/alerts/rules" + query, UriKind.Relative), form, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var secret = SecretPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : null;
        return (response, html, secret);
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
        where T : class
    {
        T? last = null;
        return await WaitUntil.ValueAsync(what, async _ =>
        {
            last = await read();
            return done(last) ? last : null;
        }, Patience, TestContext.Current.CancellationToken, TimeSpan.FromMilliseconds(200), () => Describe(last));
    }

    private static string Describe<T>(T value) => value is IEnumerable<AlertDelivery> deliveries
        ? string.Join("; ", deliveries.Select(d => $"{d.Event} {d.Channel} {d.Target}: {d.Status}, {d.Attempts} attempts, last error '{d.LastError}'"))
        : $"{value}";

    public static Task<List<AlertDelivery>> DeliveriesOfAsync(AlertsFixture fixture, Guid ruleId) => WithDbAsync(fixture, db =>
        db.AlertDeliveries.AsNoTracking().Where(delivery => delivery.RuleId == ruleId).OrderBy(delivery => delivery.Id).ToListAsync(TestContext.Current.CancellationToken));

    public static async Task<T> WithDbAsync<T>(AlertsFixture fixture, Func<Infrastructure.Persistence.MspConsoleDbContext, Task<T>> read)
    {
        await using var db = fixture.CreateDbContext();
        return await read(db);
    }

    /// <summary>What a receiver does: HMAC-SHA256 with the secret over "{timestamp}.{body}", compared with the header; the timestamp recent.</summary>
    public static void AssertSigned(ReceivedWebhook hook, string secret)
    {
        var timestamp = hook.Headers["X-MspConsole-Timestamp"];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + hook.Body)));
        Assert.Equal(expected, hook.Headers["X-MspConsole-Signature"]);
        Assert.InRange(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture), -300, 300);
    }

    public static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("value=\"(whsec_[A-Za-z0-9_-]+)\"")]
    private static partial Regex SecretPattern();
}
