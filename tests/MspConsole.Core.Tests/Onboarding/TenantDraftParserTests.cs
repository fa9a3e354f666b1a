using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;

namespace MspConsole.Core.Tests.Onboarding;

public sealed class TenantDraftParserTests
{
    private static RawTenantFields Fields(
        string? domain = "Contoso.BE", string? tenantId = null, string? name = "Contoso", string? owner = null, string? contact = null,
        string? language = null, string? tags = null, string? managers = null) =>
        new(domain, tenantId, name, owner, contact, language, tags, managers);

    [Fact]
    public void Parse_WithOnlyDomainAndName_GivesAnMspDutchDraftWithTheLowerCaseDomain()
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields());

        Assert.Empty(problems);
        Assert.NotNull(draft);
        Assert.Equal(("contoso.be", (Guid?)null, "Contoso", ContractOwner.Msp, SupportedLanguage.Dutch), (draft.Domain, draft.TenantId, draft.DisplayName, draft.ContractOwner, draft.Language));
        Assert.Empty(draft.Tags);
        Assert.Empty(draft.AccountManagers);
    }

    [Fact]
    public void Parse_WithNeitherDomainNorTenantId_AsksForOne()
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields(domain: " "));

        Assert.Null(draft);
        var problem = Assert.Single(problems);
        Assert.Equal((OnboardingFields.Domain, "Give the tenant's primary domain or its tenant id."), (problem.Field, problem.Message));
    }

    [Fact]
    public void Parse_ByTenantIdAlone_StoresTheIdAsTheDomain()
    {
        var id = Guid.NewGuid();

        var (draft, problems) = TenantDraftParser.Parse(Fields(domain: null, tenantId: id.ToString("D")));

        Assert.Empty(problems);
        Assert.Equal(id, draft?.TenantId);
        Assert.Equal(id.ToString("D"), draft?.StoredDomain(id));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("not-a-guid")]
    [InlineData("{72f988bf-86f1-41af-91ab-2d7cd011db47}")]
    public void Parse_WithAnEmptyOrMalformedTenantId_RefusesIt(string tenantId)
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields(domain: null, tenantId: tenantId));

        Assert.Null(draft);
        Assert.Equal(OnboardingFields.TenantId, Assert.Single(problems).Field);
    }

    [Theory]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData(" Sub.Contoso.be ", "sub.contoso.be")]
    public void ParseDomain_TurnsInternationalAndMixedCaseNamesIntoLowerCaseAscii(string input, string expected)
    {
        var problems = new List<FieldProblem>();

        Assert.Equal(expected, TenantDraftParser.ParseDomain(input, problems));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("contoso")]
    [InlineData("contoso..be")]
    [InlineData("-contoso.be")]
    [InlineData("conto so.be")]
    public void ParseDomain_WithSomethingThatIsNoDomainName_SaysSo(string input)
    {
        var problems = new List<FieldProblem>();

        Assert.Null(TenantDraftParser.ParseDomain(input, problems));
        Assert.Equal("Not a domain name (like contoso.be).", Assert.Single(problems).Message);
    }

    [Fact]
    public void ParseDomain_LongerThanTheColumn_NamesTheLimit()
    {
        var problems = new List<FieldProblem>();

        Assert.Null(TenantDraftParser.ParseDomain(new string('a', Tenant.DomainMaxLength) + ".be", problems));
        var problem = Assert.Single(problems);
        Assert.Equal(("Longer than {0} characters.", Tenant.DomainMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)), (problem.Message, Assert.Single(problem.Arguments)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "Must not start with = + - or @ (a spreadsheet would run it as a formula).")]
    [InlineData("+32 2 123", "Must not start with = + - or @ (a spreadsheet would run it as a formula).")]
    [InlineData("-1", "Must not start with = + - or @ (a spreadsheet would run it as a formula).")]
    [InlineData("@SUM(A1)", "Must not start with = + - or @ (a spreadsheet would run it as a formula).")]
    [InlineData("<script>x</script>", "Must not contain < or >.")]
    [InlineData("Line\u0007bell", "Contains control characters or characters that could not be read (check the file is UTF-8).")]
    [InlineData("Broken \uFFFD text", "Contains control characters or characters that could not be read (check the file is UTF-8).")]
    public void Parse_WithAHostileName_RefusesItRatherThanChangingIt(string name, string message)
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields(name: name));

        Assert.Null(draft);
        var problem = Assert.Single(problems);
        Assert.Equal((OnboardingFields.Name, message), (problem.Field, problem.Message));
    }

    [Fact]
    public void Parse_ForTheCustomersOwnIt_RequiresAndKeepsTheContactLine()
    {
        var (missing, problems) = TenantDraftParser.Parse(Fields(owner: "CustomerIt"));
        var (draft, none) = TenantDraftParser.Parse(Fields(owner: "customer", contact: " IT desk 02 123 45 67 "));

        Assert.Null(missing);
        Assert.Equal((OnboardingFields.CustomerItContact, "Required."), (Assert.Single(problems).Field, problems[0].Message));
        Assert.Empty(none);
        Assert.Equal((ContractOwner.CustomerIt, "IT desk 02 123 45 67"), (draft?.ContractOwner, draft?.CustomerItContact));
    }

    [Fact]
    public void Parse_ForTheMsp_DropsAContactLine()
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields(owner: "MSP", contact: "IT desk"));

        Assert.Empty(problems);
        Assert.Equal((ContractOwner.Msp, (string?)null), (draft?.ContractOwner, draft?.CustomerItContact));
    }

    [Theory]
    [InlineData("Partner", OnboardingFields.ContractOwner)]
    [InlineData("de", OnboardingFields.Language)]
    public void Parse_WithAnUnknownOwnerOrLanguage_NamesTheField(string value, string field)
    {
        var raw = field == OnboardingFields.Language ? Fields(language: value) : Fields(owner: value);

        var (draft, problems) = TenantDraftParser.Parse(raw);

        Assert.Null(draft);
        Assert.Equal(field, Assert.Single(problems).Field);
    }

    [Fact]
    public void Parse_TagsSplitOnCommasAndSemicolons_LowerCasedAndOnce()
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields(language: " FR ", tags: "Gold; north , gold,,"));

        Assert.Empty(problems);
        Assert.Equal("fr", draft?.Language);
        Assert.Equal(["gold", "north"], draft?.Tags);
    }

    [Theory]
    [InlineData("vip!")]
    [InlineData("a-tag-that-is-far-too-long-to-be-one-tag-in-the-list")]
    public void Parse_WithATagOfOtherCharactersOrTooLong_RefusesTheTags(string tag)
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields(tags: "gold," + tag));

        Assert.Null(draft);
        Assert.Equal(OnboardingFields.Tags, Assert.Single(problems).Field);
    }

    [Fact]
    public void Parse_AccountManagers_ByUpnOrUpnAndObjectId_LowerCasedAndOnce()
    {
        var objectId = Guid.NewGuid();

        var (draft, problems) = TenantDraftParser.Parse(Fields(managers: $"Ann@MSP.example|{objectId}; ann@msp.example, bob@msp.example"));

        Assert.Empty(problems);
        Assert.Equal([new AccountManagerRef("ann@msp.example", objectId.ToString("D")), new AccountManagerRef("bob@msp.example", null)], draft?.AccountManagers);
    }

    [Theory]
    [InlineData("not-a-upn", "\"{0}\" is not a user principal name (name@domain).")]
    [InlineData("ann@msp.example|12345", "\"{0}\" is not an object id (a GUID).")]
    public void Parse_WithABadAccountManager_SaysWhichOne(string managers, string message)
    {
        var (draft, problems) = TenantDraftParser.Parse(Fields(managers: managers));

        Assert.Null(draft);
        Assert.Equal((OnboardingFields.AccountManagers, message), (Assert.Single(problems).Field, problems[0].Message));
    }

    [Fact]
    public void Parse_WithMoreAccountManagersThanAllowed_RefusesTheList()
    {
        var managers = string.Join(',', Enumerable.Range(0, TenantDraftParser.MaxAccountManagers + 1).Select(i => $"am{i}@msp.example"));

        var (draft, problems) = TenantDraftParser.Parse(Fields(managers: managers));

        Assert.Null(draft);
        Assert.Equal("At most {0} account managers.", Assert.Single(problems).Message);
    }

    [Theory]
    [InlineData("ann@msp.example", true)]
    [InlineData("@msp.example", false)]
    [InlineData("ann@", false)]
    [InlineData("ann@b@c", false)]
    [InlineData("ann smith@msp.example", false)]
    [InlineData("ann|x@msp.example", false)]
    public void IsUpn_AcceptsOneAtSignBetweenPrintableCharacters(string value, bool expected) =>
        Assert.Equal(expected, TenantDraftParser.IsUpn(value));
}
