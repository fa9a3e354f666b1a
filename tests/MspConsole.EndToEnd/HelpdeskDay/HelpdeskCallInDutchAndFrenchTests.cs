using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MspConsole.Core.Users;
using MspConsole.EndToEnd.Hosting;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.HelpdeskDay;

/// <summary>
/// Issue 12's done-when, on the embedded default in its own process: one call played in Dutch and again in French. The
/// engineer finds the caller by part of their surname, sees the wrong office number on the user page, removes it through
/// the action panel, goes Back without resubmitting, then has a Temporary Access Pass approved by a colleague and issues it
/// themselves: reusable when "usable once" was unticked, usable once when ticked (the simulator's ground truth says which).
/// Every page of the flow is checked for the console's English texts and raw codes.
/// </summary>
public sealed partial class HelpdeskCallInDutchAndFrenchTests : IAsyncLifetime
{
    private const string RightMobile = "+32 470112233";
    private const string WrongOffice = "+32 20000001";
    private const string TapType = "#microsoft.graph.temporaryAccessPassAuthenticationMethod";
    private static readonly TimeSpan FirstPollTimeout = TimeSpan.FromMinutes(3);

    /// <summary>Codes that must never reach a page: enum names of actions, outcomes, statuses and Graph's default methods.</summary>
    private static readonly string[] RawCodes =
    [
        "RemoveMethod", "CorrectPhone", "ResetAuthenticator", "ResetAllMethods", "TemporaryAccessPass", "RevokeSessions",
        "Succeeded", "Failed", "Requested", "Approved", "Rejected", "Expired", "Issued", "Pending", "Manual", "Scheduled",
        "NotRegistered", "SingleMethod", "Resilient", "voiceOffice", "voiceMobile", "voiceAlternateMobile", "mobilePhone", "officePhone",
    ];

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private readonly List<string> leaks = [];
    private EmbeddedConsole? console;
    private Chromium? chromium;
    private Dictionary<string, string[]>? englishTexts;

    public async ValueTask InitializeAsync()
    {
        if (Chromium.Installed)
        {
            console = await EmbeddedConsole.StartAsync(simulatorTenants: 8, seed: null, cancellation);
            chromium = await Chromium.LaunchAsync();
            englishTexts = EnglishTexts();
        }
    }

    [Fact]
    public async Task OneCall_InDutchThenInFrench_FindsFixesAndIssuesThePassAsTicked_WithoutEnglishOnAnyPage()
    {
        Chromium.RequireInstalled();
        var callers = await CallersAsync(2);
        await console!.WaitUntilAsync("the demo seeder's first poll brings both callers into the console",
            async (db, token) => await db.TenantUsers.CountAsync(u => callers.Select(c => c.User.Id.ToString()).Contains(u.ObjectId), token) == 2,
            FirstPollTimeout, cancellation);

        await PlayCallAsync("nl-BE", callers[0].Tenant, callers[0].User, callers[0].Query);
        await PlayCallAsync("fr-BE", callers[1].Tenant, callers[1].User, callers[1].Query);

        Assert.True(leaks.Count == 0, "English or raw codes on nl/fr pages:\n" + string.Join("\n", leaks.Distinct()));
    }

    private async Task PlayCallAsync(string culture, TenantSummary tenant, UserSummary user, string query)
    {
        // The user registered two phones, one with a typo in the office number, and calls.
        await console!.Simulator.RegisterPhoneAsync(tenant.Id, user.Id, "mobile", RightMobile, cancellation);
        await console.Simulator.RegisterPhoneAsync(tenant.Id, user.Id, "office", WrongOffice, cancellation);
        var helpdesk = await SignedInPageAsync(DevelopmentPersonas.Helpdesk, culture);

        // They give part of their surname.
        await helpdesk.FillAsync("#global-search", query);
        await helpdesk.PressAsync("#global-search", "Enter");
        await CheckAsync(helpdesk, culture, "search");
        await helpdesk.GetByTestId("search-results").Locator("tr", new() { HasText = user.UserPrincipalName })
            .GetByRole(AriaRole.Link, new() { Name = user.DisplayName, Exact = true }).ClickAsync();

        // The user page shows the wrong office number itself.
        await Assertions.Expect(helpdesk.GetByTestId("user-methods")).ToContainTextAsync(WrongOffice);
        await CheckAsync(helpdesk, culture, "user page");
        await helpdesk.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"call-{culture}-user.png"), FullPage = true });

        // Remove it through the one action panel; the confirmation asks once for reason, ticket and verification.
        await helpdesk.GetByTestId("action-remove-method").ClickAsync();
        var confirmUrl = helpdesk.Url;
        await helpdesk.Locator("label.choice", new() { HasText = WrongOffice }).Locator("input[type='radio']").CheckAsync();
        await FillReasonAsync(helpdesk, "Fout kantoornummer / numéro de bureau erroné");
        await CheckAsync(helpdesk, culture, "remove confirmation");
        await helpdesk.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"call-{culture}-confirm.png"), FullPage = true });
        await helpdesk.GetByTestId("confirm-button").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("action-succeeded")).ToBeVisibleAsync();
        await CheckAsync(helpdesk, culture, "remove result");
        await helpdesk.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, $"call-{culture}-result.png"), FullPage = true });
        Assert.DoesNotContain((await console.Simulator.UserAsync(tenant.Id, user.Id, cancellation)).Methods, m => m["phoneType"]?.GetValue<string>() == "office");
        var deletions = await DeletionsAsync(user.Id);

        // Back shows the confirmation page again, fetched anew: nothing resubmitted, nothing deleted twice.
        var back = await helpdesk.GoBackAsync();
        Assert.Equal(confirmUrl, helpdesk.Url);
        Assert.Equal("GET", back?.Request.Method);
        await Assertions.Expect(helpdesk.GetByTestId("confirm-form")).ToBeVisibleAsync();
        Assert.Equal(deletions, await DeletionsAsync(user.Id));

        await IssuePassAsync(culture, tenant, user, helpdesk, usableOnce: false);
        await IssuePassAsync(culture, tenant, user, helpdesk, usableOnce: true);
    }

    /// <summary>Requests a pass with usable-once as given, a colleague approves it, the requester issues it; checks Graph's truth.</summary>
    private async Task IssuePassAsync(string culture, TenantSummary tenant, UserSummary user, IPage helpdesk, bool usableOnce)
    {
        await helpdesk.GotoAsync($"/tenants/{tenant.Id}/users/{user.Id}");
        await helpdesk.GetByTestId("action-temporary-access-pass").ClickAsync();
        var checkbox = helpdesk.Locator("input[type='checkbox'][name='isUsableOnce']");
        await checkbox.SetCheckedAsync(usableOnce);
        await FillReasonAsync(helpdesk, "Nieuwe telefoon / nouveau téléphone");
        await CheckAsync(helpdesk, culture, "pass confirmation");
        await helpdesk.GetByTestId("confirm-button").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("request-waiting")).ToBeVisibleAsync();
        await CheckAsync(helpdesk, culture, "request waiting");
        var requestUrl = helpdesk.Url;

        var colleague = await SignedInPageAsync(DevelopmentPersonas.Admin, culture);
        await Assertions.Expect(colleague.GetByTestId("approvals-waiting")).ToHaveTextAsync("1");
        await colleague.GetByTestId("nav-approvals").ClickAsync();
        await CheckAsync(colleague, culture, "approvals");
        await colleague.GetByTestId("pending-row").GetByTestId("approve").ClickAsync();
        await Assertions.Expect(colleague.GetByTestId("tap-value")).ToHaveCountAsync(0);
        await CheckAsync(colleague, culture, "approved request");
        await colleague.CloseAsync();

        await helpdesk.GetByTestId("request-reload").ClickAsync();
        await helpdesk.GetByTestId("issue-pass").ClickAsync();
        await Assertions.Expect(helpdesk.GetByTestId("tap-value")).ToHaveTextAsync(new Regex("^.{8}$"));
        await CheckAsync(helpdesk, culture, "pass shown once");
        Assert.NotEqual(requestUrl, helpdesk.Url);

        var pass = Assert.Single((await console!.Simulator.UserAsync(tenant.Id, user.Id, cancellation)).Methods, m => m["@odata.type"]?.GetValue<string>() == TapType);
        Assert.Equal(usableOnce, pass["isUsableOnce"]?.GetValue<bool>());
    }

    private static async Task FillReasonAsync(IPage page, string reason)
    {
        await page.Locator("input[name='callerVerification']").First.CheckAsync();
        await page.Locator("input[name='reason']").FillAsync(reason);
        await page.Locator("input[name='ticket']").FillAsync("INC-12");
    }

    /// <summary>Records any English text of the console's resources, or a raw code, shown on a page in nl or fr.</summary>
    private async Task CheckAsync(IPage page, string culture, string where)
    {
        // The signed-in person's name ("Ada Admin") is data, not the console's text.
        await page.EvaluateAsync("() => document.querySelectorAll('.who').forEach(who => who.hidden = true)");
        var text = await page.Locator("body").InnerTextAsync();
        await page.EvaluateAsync("() => document.querySelectorAll('.who').forEach(who => who.hidden = false)");
        foreach (var english in englishTexts![culture[..2]].Concat(RawCodes))
        {
            if (Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(english)}(?![\p{{L}}\p{{N}}])"))
            {
                leaks.Add($"{culture} {where} ({page.Url}): \"{english}\"");
            }
        }
    }

    /// <summary>Per language, the console's English texts (the keys of every translations.tsv) that read differently in it,
    /// less those its own translations contain (the Dutch "Request-id van Microsoft Graph" keeps Graph's term).</summary>
    private static Dictionary<string, string[]> EnglishTexts()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !Directory.Exists(Path.Combine(folder.FullName, "src", "MspConsole.Web", "Resources")))
        {
            folder = folder.Parent;
        }

        var resources = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("No source tree above the test binaries."), "src", "MspConsole.Web", "Resources");
        var rows = Directory.GetFiles(resources, "translations.tsv", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(row => row.Length == 3)
            .ToList();
        return new Dictionary<string, string[]>
        {
            ["nl"] = Untranslated(rows, 1),
            ["fr"] = Untranslated(rows, 2),
        };

        static string[] Untranslated(List<string[]> rows, int column)
        {
            var translations = string.Join("\n", rows.Select(row => row[column]));
            return [.. rows
                .Where(row => row[0] != row[column] && !row[0].Contains('{', StringComparison.Ordinal) && row[0].Length >= 4
                    && !Regex.IsMatch(translations, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(row[0])}(?![\p{{L}}\p{{N}}])"))
                .Select(row => row[0])
                .Distinct(StringComparer.Ordinal)];
        }
    }

    private async Task<int> DeletionsAsync(Guid userId) =>
        (await console!.Simulator.MutationsAsync(cancellation)).Count(m => m.UserId == userId && m.Action == "deleteMethod");

    /// <summary>Writable customer tenants' members without MFA whose surname, less its last letter, finds at most a page of users.
    /// The MSP's own simulated tenant is not a customer.</summary>
    private async Task<List<(TenantSummary Tenant, UserSummary User, string Query)>> CallersAsync(int count)
    {
        await using var db = console!.CreateDbContext();
        var customers = await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellation);
        var everyone = new List<(TenantSummary Tenant, UserSummary User)>();
        foreach (var tenant in (await console.Simulator.TenantsAsync(cancellation)).Where(tenant => customers.Contains(tenant.Id)))
        {
            everyone.AddRange((await console.Simulator.UsersAsync(tenant.Id, cancellation)).Select(user => (tenant, user)));
        }

        var callers = new List<(TenantSummary, UserSummary, string)>();
        foreach (var (tenant, user) in everyone)
        {
            var words = user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!tenant.Consented || !tenant.Licensed || !tenant.GrantedRoles.Contains(Permissions.MethodsReadWrite) || words.Length < 2
                || user is not { UserType: "Member", AccountEnabled: true, IsAdmin: false } || user.Methods.Count != 1
                || callers.Exists(caller => caller.Item1.Id == tenant.Id))
            {
                continue;
            }

            var surname = SearchTerms.Normalize(words[^1]);
            var query = surname.Length > 4 ? surname[..^1] : surname;
            var matches = everyone.Count(other => SearchTerms.Of(other.User.DisplayName, other.User.UserPrincipalName).Any(term => term.Text.StartsWith(query, StringComparison.Ordinal)));
            if (query.Length >= 3 && matches <= 40)
            {
                callers.Add((tenant, user, query));
                if (callers.Count == count)
                {
                    return callers;
                }
            }
        }

        throw new InvalidOperationException("The simulator has too few writable tenants with a member without MFA and a findable surname.");
    }

    private async Task<IPage> SignedInPageAsync(DevelopmentPersona persona, string culture)
    {
        var page = await chromium!.NewPageAsync(console!.BaseAddress, culture);
        await page.GotoAsync("/signin");
        await page.Locator($"button[data-persona='{persona.Key}']").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (chromium is not null)
        {
            await chromium.DisposeAsync();
        }

        if (console is not null)
        {
            await console.DisposeAsync();
        }
    }
}
