using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Onboarding;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Tests.Admin;

/// <summary>CSV import: everything checked first, nothing partially written, valid rows only on explicit request, limits.</summary>
[Collection(AdminCollection.Name)]
public sealed class ImportTests(AdminFixture fixture)
{
    private const string Header = "Domain,TenantId,Name,ContractOwner,CustomerItContact,Language,Tags,AccountManagers";

    [Fact]
    public async Task Import_FileWithGoodMalformedDuplicateAndHostileRows_ReportsEachByLineAndWritesNothing()
    {
        var (good1, good2) = (fixture.SimulatorTenants[5], fixture.SimulatorTenants[6]);
        var file = MixedFile(good1.DefaultDomain, good2.Id.ToString());
        using var admin = await EnglishAdminAsync();

        using var response = await admin.UploadAsync(file, "import", fileName: "mixed-refused.csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = WebUtility.HtmlDecode(raw);
        Assert.Contains("data-imported=\"0\"", page, StringComparison.Ordinal);
        foreach (var (line, text) in ExpectedProblems)
        {
            Assert.Matches($"<tr data-line=\"{line}\">\\s*<td class=\"num\">{line}</td>\\s*<td>\\s*(<span title=\"[A-Za-z]*\">[^<]*</span>)?\\s*</td>\\s*<td>[^<]*{System.Text.RegularExpressions.Regex.Escape(text)}", page);
        }

        Assert.DoesNotContain("data-line=\"2\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-line=\"3\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
        await using var db = fixture.Database.CreateContext();
        Assert.False(await db.Tenants.AnyAsync(t => t.Id == good1.Id || t.Id == good2.Id, TestContext.Current.CancellationToken));
        // Other tests of the collection import their own files into the same database.
        Assert.DoesNotContain(await fixture.AuditAsync(OnboardingAuditActions.TenantsImported), entry => entry.After?.Contains("mixed-refused.csv", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Import_SameFileWithValidOnlyTicked_ImportsJustTheGoodRowsWithAnAuditEntryEachAndOneForTheImport()
    {
        var (good1, good2) = (fixture.SimulatorTenants[7], fixture.SimulatorTenants[8]);
        var file = MixedFile(good1.DefaultDomain, good2.Id.ToString());
        using var admin = await EnglishAdminAsync();

        using var response = await admin.UploadAsync(file, "import", validOnly: true, fileName: "valid-only.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-imported=\"2\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await using var db = fixture.Database.CreateContext();
        var added = await db.Tenants.Where(t => t.Id == good1.Id || t.Id == good2.Id).OrderBy(t => t.DisplayName).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Good Brokers", "Good Courtiers"], added.Select(t => t.DisplayName));
        Assert.Equal("fr", added[1].Language);
        Assert.True(await db.AccountManagerAssignments.AnyAsync(a => a.TenantId == good1.Id
            && a.AccountManagerObjectId == DevelopmentPersonas.AccountManagerSouth.ObjectId, TestContext.Current.CancellationToken));
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOnboarded, good1.Id));
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOnboarded, good2.Id));
        var summary = Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantsImported), e => e.After!.Contains("valid-only.csv", StringComparison.Ordinal));
        Assert.Contains("\"Imported\":2", summary.After, StringComparison.Ordinal);
        Assert.Contains("\"Rows\":13", summary.After, StringComparison.Ordinal);
        Assert.Contains(good1.Id, fixture.Polls.TenantPolls);
        Assert.Contains(good2.Id, fixture.Polls.TenantPolls);
    }

    [Fact]
    public async Task Import_CleanSemicolonFileWithBom_CheckWritesNothingImportWritesAllAndAgainReportsDuplicates()
    {
        var (a, b) = (fixture.SimulatorTenants[9], fixture.SimulatorTenants[11]);
        var csv = "Domain;TenantId;Name;Language\r\n"
            + $"{a.DefaultDomain};;Société Générale d'Assurances;fr\r\n"
            + $";{b.Id};\"Makelaars; Partners & Zonen\";nl\r\n";
        var file = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        using var admin = await EnglishAdminAsync();

        using var check = await admin.UploadAsync(file, "check");
        await using (var db = fixture.Database.CreateContext())
        {
            Assert.Equal(HttpStatusCode.OK, check.StatusCode);
            Assert.Contains("data-valid=\"2\"", await check.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            Assert.False(await db.Tenants.AnyAsync(t => t.Id == a.Id || t.Id == b.Id, TestContext.Current.CancellationToken));
        }

        using var import = await admin.UploadAsync(file, "import");
        using var again = await admin.UploadAsync(file, "import");

        await using var after = fixture.Database.CreateContext();
        var names = await after.Tenants.Where(t => t.Id == a.Id || t.Id == b.Id).Select(t => t.DisplayName).OrderBy(n => n).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["Makelaars; Partners & Zonen", "Société Générale d'Assurances"], names);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Already in the console as Société Générale d'Assurances", page, StringComparison.Ordinal);
        Assert.Single(await fixture.AuditAsync(OnboardingAuditActions.TenantOnboarded, a.Id));
    }

    [Fact]
    public async Task Import_FileOverOneMegabyte_IsRefusedAsAWhole()
    {
        var file = Encoding.UTF8.GetBytes(Header + "\r\n" + string.Concat(Enumerable.Repeat("x.example,,Name,,,,,\r\n", 60_000)));
        Assert.True(file.Length > 1_048_576);
        using var admin = await EnglishAdminAsync();

        using var response = await admin.UploadAsync(file, "import", validOnly: true);

        var page = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The file is larger than 1024 KB.", page, StringComparison.Ordinal);
        Assert.Contains("data-rows=\"0\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MoreThanFiveThousandRows_IsRefusedBeforeAnyLookUp()
    {
        var file = Encoding.UTF8.GetBytes("Domain,Name\r\n" + string.Concat(Enumerable.Range(0, 5_001).Select(i => $"t{i}.example,T{i}\r\n")));
        using var admin = await EnglishAdminAsync();

        using var response = await admin.UploadAsync(file, "import", validOnly: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The file has more than 5000 rows: split it.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1252", "The file is not UTF-8 text.")]
    [InlineData("utf-16", "The file is not UTF-8 text.")]
    [InlineData("unknown-column", "Unknown column &quot;Owner&quot;.")]
    [InlineData("no-name-column", "The column is missing.")]
    [InlineData("empty", "Choose a CSV file.")]
    [InlineData("header-only", "The file has no data rows.")]
    public async Task Import_UnreadableFiles_AreRefusedWithAReason(string kind, string expected)
    {
        var content = kind switch
        {
            "windows-1252" => Encoding.Latin1.GetBytes("Domain,Name\r\nsoci.example,Société\r\n"),
            "utf-16" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Domain,Name\r\nsoci.example,Société\r\n")).ToArray(),
            "unknown-column" => Encoding.UTF8.GetBytes("Domain,Name,Owner\r\na.example,A,x\r\n"),
            "no-name-column" => Encoding.UTF8.GetBytes("Domain,Language\r\na.example,nl\r\n"),
            "header-only" => Encoding.UTF8.GetBytes(Header + "\r\n"),
            _ => [],
        };
        using var admin = await EnglishAdminAsync();

        using var response = await admin.UploadAsync(content, "import", validOnly: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_IsACsvWithTheHeaderTheImportExpects()
    {
        using var admin = await EnglishAdminAsync();

        using var response = await admin.Http.GetAsync(new Uri("/admin/import/template.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF');
        Assert.StartsWith(Header + "\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-BE", "1 rij gecontroleerd.", "0 rijen kunnen geïmporteerd worden.", "1 rij heeft problemen.", "Primair domein")]
    [InlineData("fr-BE", "1 ligne vérifiée.", "0 ligne peut être importée.", "1 ligne pose problème.", "Domaine principal")]
    public async Task ImportReport_InDutchAndFrench_CountsInTheRightNumberAndNamesTheFieldByItsLabel(
        string culture, string rows, string valid, string problems, string field)
    {
        using var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);

        using var response = await admin.UploadAsync(Encoding.UTF8.GetBytes(Header + "\r\nnot a domain,,Name,Msp,,nl,,\r\n"), "check");

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains(rows, page, StringComparison.Ordinal);
        Assert.Contains(valid, page, StringComparison.Ordinal);
        Assert.Contains(problems, page, StringComparison.Ordinal);
        Assert.Matches($"<tr data-line=\"2\">\\s*<td class=\"num\">2</td>\\s*<td>\\s*<span title=\"Domain\">{field}</span>", page);
        Assert.DoesNotContain(">Domain<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("rows checked", page, StringComparison.Ordinal);
    }

    private static readonly (int Line, string Text)[] ExpectedProblems =
    [
        (4, "Not a tenant id"),
        (5, "Must not start with = + - or @"),
        (6, "Must not contain < or >."),
        (7, "Microsoft knows no tenant with the domain unknown-domain.example"),
        (8, "The same tenant as line 2."),
        (9, "Longer than 256 characters."),
        (10, "Must be nl, fr or en."),
        (11, "Required."),
        (12, "This row does not have the 8 fields of the header."),
        (13, "Unknown account manager nobody@msp.example"),
        (14, "Contains control characters"),
    ];

    /// <summary>Line 1 header, 2–3 good, then one problem per line (see <see cref="ExpectedProblems"/>).</summary>
    private static byte[] MixedFile(string goodDomain, string goodId) => Encoding.UTF8.GetBytes(string.Join("\r\n",
        Header,
        $"{goodDomain},,Good Brokers,Msp,,nl,brokers,{DevelopmentPersonas.AccountManagerSouth.UserPrincipalName}",
        $",{goodId},Good Courtiers,CustomerIt,Bel Marc: +32 2 555 01 23,fr,brokers;gold,",
        "bad-id.example,not-a-guid,Bad Id,Msp,,nl,,",
        "formula.example,,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Msp,,nl,,",
        "markup.example,,<script>alert(1)</script>,Msp,,nl,,",
        "unknown-domain.example,,Unknown,Msp,,nl,,",
        $"{goodDomain.ToUpperInvariant()},,Duplicate In File,Msp,,nl,,",
        $"long.example,,{new string('x', 300)},Msp,,nl,,",
        "lang.example,,Language,Msp,,de,,",
        "contact.example,,No Contact,CustomerIt,,nl,,",
        "short.example,,Too Few Fields",
        "manager.example,,Unknown Manager,Msp,,nl,,nobody@msp.example",
        "control.example,,\"Bell\u0007Name\",Msp,,nl,,") + "\r\n");

    private async Task<AdminClient> EnglishAdminAsync()
    {
        var admin = await AdminClient.SignInAsync(fixture.Factory, DevelopmentPersonas.Admin.Key);
        admin.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-BE");
        return admin;
    }
}
