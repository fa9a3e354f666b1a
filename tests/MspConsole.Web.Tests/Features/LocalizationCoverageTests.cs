using MspConsole.Core.Reminders;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Tests.Features;

/// <summary>
/// Every key a view passes to a localizer has a Dutch and a French translation in the resource that localizer reads.
/// The views, their localizers (<c>@inject IStringLocalizer&lt;X&gt; Name</c> in the view or a _ViewImports above it) and
/// the keys are found by reading the source, so a new view, feature resource or key is checked without touching this test.
/// A translation equal to the English key ("CSV", "Action" in French) is fine; a missing or empty one is not.
/// </summary>
public sealed partial class LocalizationCoverageTests
{
    private static readonly CultureInfo[] Translated = [CultureInfo.GetCultureInfo("nl"), CultureInfo.GetCultureInfo("fr")];
    private static readonly Assembly Web = typeof(SharedResource).Assembly;

    /// <summary>
    /// Keys computed in a way this test cannot enumerate (data, free text, non-enum arguments). An enum-typed helper
    /// (<c>T[Texts.Of(status)]</c>) or a choice between literals needs no entry here: every value is checked.
    /// Each entry says why; an entry that no view uses any more fails the test, so the list cannot go stale.
    /// </summary>
    private static readonly Dictionary<string, string> UncheckedDynamicKeys = new(StringComparer.Ordinal)
    {
        ["TenantSettings/Details.cshtml: L[AdminTexts.PollingOf(tenant.PollingPaused, tenant.OffboardedAt)]"] = "three literals in AdminTexts.PollingOf",
        ["Onboarding/List.cshtml: L[AdminTexts.PollingOf(row.PollingPaused, row.OffboardedAt)]"] = "three literals in AdminTexts.PollingOf",
        ["Onboarding/_Problems.cshtml: L[AdminTexts.FieldOf(problem.Field)]"] = "onboarding field labels; checked by OnboardingFieldLabels_AreTranslated",
        ["Audit/Index.cshtml: AL[row.Reason]"] = "only the console's own connection-test triggers; checked by ConnectionTestTriggers_AreTranslated",
        ["Onboarding/_Problems.cshtml: L[problem.Message]"] = "onboarding field problems from TenantDraftParser; covered by the admin import tests",
        ["Onboarding/Gdap.cshtml: T[Model.Error]"] = "an error text chosen by the GDAP import controller: a partner-tenant sentence or a GraphFailureTexts text (GraphFailureTexts_OfEveryKind_AreTranslated)",
        ["Reminders/Send.cshtml: R[Model.Error]"] = "an error text chosen by RemindersController.PreviewOrQueueAsync",
        ["Errors/Error.cshtml: T[title]"] = "a literal chosen by status code in the same view",
        ["Actions/Approvals.cshtml: A[row.CallerVerification]"] = "a stored verification label from the confirmation form",
        ["Actions/Request.cshtml: A[row.CallerVerification]"] = "a stored verification label from the confirmation form",
        ["Actions/Confirm.cshtml: A[error]"] = "validation messages of ActionFormValidation",
        ["Actions/Confirm.cshtml: A[verification]"] = "the verification labels listed in the same view",
        ["Actions/Bulk.cshtml: A[error]"] = "validation messages of ActionFormValidation",
        ["Users/Index.cshtml: T[reason]"] = "StatusExplanation texts",
        ["Users/Index.cshtml: T[MethodNames.Of(method)]"] = "method names from Graph's method types",
        ["Users/Index.cshtml: T[Model.DefaultMethodName]"] = "DefaultMethodNames; checked by DefaultMethodNames_AreTranslated",
        ["Users/Index.cshtml: T[method.Name]"] = "MethodDetails names; checked by MethodDetailNames_AreTranslated",
        ["Users/Index.cshtml: AL[actionName]"] = "AuditActionNames; checked by AuditActionNames_CoverEveryActionTheConsoleWrites_AndAreTranslated",
        ["Users/Index.cshtml: T[action.ActorRole]"] = "a stored role; checked by AuditActorRoles_AreTranslated",
        ["Users/_ActionForm.cshtml: T[Model.Label]"] = "labels of UserActionForm; checked by UserActionLabels_AreTranslated",
        ["Tenants/_UserRows.cshtml: T[DefaultMethodNames.Of(user.DefaultMethod)]"] = "default method names; checked by DefaultMethodNames_AreTranslated",
        ["Tenants/_MethodsChart.cshtml: T[method.Name]"] = "method names from Graph's method types",
        ["Tenants/Report.cshtml: T[text]"] = "ReportAdvice lines; checked by ReportAdviceLines_AreTranslated",
        ["Shared/_Layout.cshtml: T[User.ConsoleRole() ?? \"No role\"]"] = "the role constants in Security/Roles",
        ["SignIn/Index.cshtml: T[persona.Roles.Count == 0 ? \"No role\" : persona.Roles[0]]"] = "the role constants in Security/Roles",
        ["SignIn/Index.cshtml: T[persona.Description]"] = "the development personas' descriptions",
        ["Onboarding/Gdap.cshtml: L[\"language.\" + language]"] = "language names; checked by LanguageNames_AreTranslatedForTheAdminPages",
        ["Onboarding/_ContractFields.cshtml: L[\"language.\" + language]"] = "language names; checked by LanguageNames_AreTranslatedForTheAdminPages",
        ["Audit/Index.cshtml: T[row.ActorRole]"] = "a stored role; checked by AuditActorRoles_AreTranslated",
        ["Actions/Confirm.cshtml: T[DefaultMethodNames.Of(change.From)]"] = "a nullable enum; checked by DefaultMethodNames_AreTranslated",
        ["Actions/Confirm.cshtml: T[DefaultMethodNames.Of(change.To)]"] = "a nullable enum; checked by DefaultMethodNames_AreTranslated",
        ["Audit/Index.cshtml: AL[name]"] = "AuditActionNames in the Action filter; checked by AuditActionNames_CoverEveryActionTheConsoleWrites_AndAreTranslated",
        ["Audit/Index.cshtml: AL[actionName]"] = "AuditActionNames of the rows; checked by AuditActionNames_CoverEveryActionTheConsoleWrites_AndAreTranslated",
        ["Alerts/Index.cshtml: L[problem]"] = "AlertRuleValidator's texts; checked by AlertRuleProblems_AreTranslated",
        ["Reminders/Batch.cshtml: R[row.Error]"] = "ReminderReasons, checked by ReminderTextsFromCode_AreTranslated; Graph's failure texts pass through untranslated",
    };

    [Fact]
    public void EveryLocalizedKeyInTheViews_HasADutchAndAFrenchTranslation()
    {
        var missing = new List<string>();
        var unlisted = new List<string>();
        var allowedSeen = new HashSet<string>(StringComparer.Ordinal);
        var keysChecked = 0;
        foreach (var use in ViewKeyUses())
        {
            foreach (var key in use.Keys)
            {
                keysChecked++;
                missing.AddRange(MissingTranslations(use.Resource, key).Select(culture => $"{use.Where}: {use.Localizer}[\"{key}\"] has no {culture} text in {use.Resource.Name}"));
            }

            if (use.UncheckedExpression is { } expression)
            {
                var entry = $"{use.View}: {use.Localizer}[{expression}]";
                if (UncheckedDynamicKeys.ContainsKey(entry))
                {
                    allowedSeen.Add(entry);
                }
                else
                {
                    unlisted.Add($"{use.Where}: {use.Localizer}[{expression}]");
                }
            }
        }

        Assert.True(keysChecked > 400, $"only {keysChecked} keys found: is the view scan still finding the localizers?");
        Assert.True(missing.Count == 0, $"{missing.Count} missing translations:\n" + string.Join("\n", missing));
        Assert.True(unlisted.Count == 0,
            "keys this test cannot enumerate; use an English literal, a choice between literals or an enum-typed *Texts helper, " +
            "or list the expression in UncheckedDynamicKeys with why:\n" + string.Join("\n", unlisted));
        Assert.Empty(UncheckedDynamicKeys.Keys.Except(allowedSeen));
    }

    /// <summary>Members that hold a code rather than words: Graph's default-method name, an audit action code, a stored role.</summary>
    private static readonly HashSet<string> CodeMembers = new(StringComparer.Ordinal) { "DefaultMethod", "ActorRole", "Action" };

    /// <summary>Where a view renders a code on purpose, and why.</summary>
    private static readonly Dictionary<string, string> RawCodesAllowed = new(StringComparer.Ordinal)
    {
        ["TenantSettings/Details.cshtml: @line.Outcome"] = "a text ConnectionTesting already translated (ConnectionLine.Outcome is a string)",
        ["Reminders/Index.cshtml: @batch.Reason"] = "the engineer's free-text reason",
        ["Reminders/Batch.cshtml: @batch.Reason"] = "the engineer's free-text reason",
        ["Actions/Approvals.cshtml: @row.Reason"] = "the engineer's free-text reason",
        ["Actions/Request.cshtml: @row.Reason"] = "the engineer's free-text reason",
        ["Users/Index.cshtml: @action.Reason"] = "the engineer's free-text reason",
        ["Audit/Index.cshtml: @row.Reason"] = "the engineer's free-text reason",
    };

    [Fact]
    public void NoView_RendersAnEnumOrACodeAsText()
    {
        // Every enum-typed member of the console's types: rendering one as @x.Member (outside a localizer and outside an
        // attribute) shows its English name, e.g. "Succeeded" or "RemoveMethod", in a Dutch or French page.
        var enumMembers = new[] { Web, typeof(MspConsole.Core.Users.TenantUser).Assembly, typeof(MspConsole.Infrastructure.Persistence.MspConsoleDbContext).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(property => (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType).IsEnum)
            .Select(property => property.Name)
            .Concat(CodeMembers)
            .ToHashSet(StringComparer.Ordinal);
        var found = new List<string>();
        foreach (var view in Directory.GetFiles(Path.Combine(SourceRoot(), "Features"), "*.cshtml", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(view);
            for (var index = 0; index < lines.Length; index++)
            {
                var visible = AttributeValue().Replace(lines[index], "");
                foreach (Match match in RenderedMember().Matches(visible))
                {
                    // "@(x.Outcome is null ? …" or "@(x.Action == …": a condition choosing what to render, not the value itself.
                    if (Regex.IsMatch(visible[(match.Index + match.Length)..], @"^\s*(is\b|==|!=|\?)"))
                    {
                        continue;
                    }

                    var entry = $"{Path.GetRelativePath(Path.Combine(SourceRoot(), "Features"), view).Replace('\\', '/')}: {match.Value}";
                    if (enumMembers.Contains(match.Groups["member"].Value) && !RawCodesAllowed.ContainsKey(entry))
                    {
                        found.Add($"{entry} (line {index + 1})");
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "views rendering an enum or a code as text; use a *Texts helper inside a localizer:\n" + string.Join("\n", found));
    }

    [GeneratedRegex("""[\w-]+="[^"]*"|[\w-]+='[^']*'""")]
    private static partial Regex AttributeValue();

    [GeneratedRegex(@"@\(?[A-Za-z_]\w*(?:\??\.\w+)*\??\.(?<member>\w+)(?:\.ToString\(\))?")]
    private static partial Regex RenderedMember();

    [Fact]
    public void EveryResource_IsGeneratedFromItsTranslationsTsv()
    {
        var folders = Directory.GetFiles(Path.Combine(SourceRoot(), "Resources"), "translations.tsv", SearchOption.AllDirectories);
        Assert.NotEmpty(folders);
        foreach (var tsv in folders)
        {
            var rows = File.ReadAllLines(tsv, Encoding.UTF8).Where(line => line.Length > 0 && !line.StartsWith('#')).Select(line => line.Split('\t')).ToList();
            Assert.All(rows, row => Assert.True(row.Length == 3 && row.All(cell => cell.Trim().Length > 0), $"{tsv}: not key, Dutch, French: {string.Join(" | ", row)}"));
            var duplicates = rows.GroupBy(row => row[0], StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{tsv}: duplicate keys: {string.Join(", ", duplicates)}");

            var resx = Directory.GetFiles(Path.GetDirectoryName(tsv)!, "*.nl.resx").Single(); // ! : a file path has a folder.
            var name = Path.GetFileName(resx)[..^".nl.resx".Length];
            var resource = Web.GetTypes().Single(type => type.Name == name);
            foreach (var (culture, column) in new[] { (Translated[0], 1), (Translated[1], 2) })
            {
                var compiled = ResourceSetOf(resource, culture);
                var entries = compiled.Cast<System.Collections.DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value, StringComparer.Ordinal);
                Assert.True(rows.Count == entries.Count, $"{name}.{culture}: {rows.Count} rows in the tsv, {entries.Count} in the resx: regenerate with generate-resx.py");
                Assert.All(rows, row => Assert.Equal(row[column], entries.GetValueOrDefault(row[0])));
            }
        }
    }

    [Fact]
    public void OnboardingFieldLabels_AreTranslated() =>
        AssertTranslated(typeof(MspConsole.Web.Features.Shared.AdminResource),
            [.. MspConsole.Core.Onboarding.OnboardingFields.All.Select(MspConsole.Web.Shared.AdminTexts.FieldOf)]);

    [Fact]
    public void ConnectionCheckNames_AreTranslatedForTheAdminPages() =>
        AssertTranslated(typeof(MspConsole.Web.Features.Shared.AdminResource),
            [.. typeof(MspConsole.Core.Graph.ConnectionCheckNames).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!)]);

    [Fact]
    public void ConnectionTestTriggers_AreTranslated() =>
        AssertTranslated(typeof(MspConsole.Web.Features.Audit.AuditResource), [.. MspConsole.Web.Features.Onboarding.ConnectionTestTriggers.All]);


    [Fact]
    public void DefaultMethodNames_AreTranslated() =>
        AssertTranslated(typeof(SharedResource),
            [.. Enum.GetValues<MspConsole.Core.Graph.PreferredSecondaryMethod>().Select(method => DefaultMethodNames.Of(method)), DefaultMethodNames.Of((string?)null)]);

    [Fact]
    public void MethodDetailNames_AreTranslated() =>
        AssertTranslated(typeof(SharedResource),
            [.. Enum.GetValues<MspConsole.Core.Graph.AuthenticationMethodKind>()
                .SelectMany(kind => Enum.GetValues<MspConsole.Core.Graph.PhoneType>().Select(phone =>
                    MethodDetails.NameOf(new MspConsole.Core.Graph.AuthenticationMethod("id", kind, "type", phone))))
                .Distinct()]);

    [Fact]
    public void UserActionLabels_AreTranslated() =>
        AssertTranslated(typeof(SharedResource),
            [.. MspConsole.Web.Features.Users.UserActionForm.ForUser("/", isExcluded: false)
                .Concat(MspConsole.Web.Features.Users.UserActionForm.ForUser("/", isExcluded: true))
                .Append(MspConsole.Web.Features.Users.UserActionForm.RemoveMethod("/", "mobilePhone"))
                .Select(form => form.Label).Distinct()]);

    [Fact]
    public void GraphFailureTexts_OfEveryKind_AreTranslated() =>
        AssertTranslated(typeof(SharedResource), [.. Enum.GetValues<MspConsole.Core.Graph.GraphFailureKind>().Select(MspConsole.Web.Shared.GraphFailureTexts.Explain).Distinct()]);

    [Fact]
    public void ActionFailureTexts_OfEveryReason_AreTranslated()
    {
        var reasons = Enum.GetValues<MspConsole.Infrastructure.Actions.ActionFailureReason>();
        AssertTranslated(typeof(MspConsole.Web.Features.Actions.ActionsResource), [.. reasons.Select(MspConsole.Web.Features.Actions.ActionTexts.Explain).Distinct()]);
        AssertTranslated(typeof(SharedResource), [.. reasons.Select(MspConsole.Web.Features.Actions.ActionTexts.GraphFailureOf)
            .OfType<MspConsole.Core.Graph.GraphFailureKind>().Select(GraphFailureTexts.Explain).Distinct()]);
    }

    [Fact]
    public void LanguageNames_AreTranslatedForTheAdminPages() =>
        AssertTranslated(typeof(MspConsole.Web.Features.Shared.AdminResource), MspConsole.Core.Tenants.SupportedLanguage.All.Select(language => "language." + language));

    [Fact]
    public void AuditActorRoles_AreTranslated() =>
        AssertTranslated(typeof(SharedResource), [.. MspConsole.Web.Security.Roles.All, MspConsole.Core.Reminders.ReminderCampaign.Actor.Role, MspConsole.Web.Features.Api.ApiKeyClaims.AuditRole]);

    [Fact]
    public void ReminderTextsFromCode_AreTranslated()
    {
        var policyProblems = typeof(MspConsole.Web.Features.Reminders.ReminderPolicyInput).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!) // ! : a string constant has a value.
            .ToList();

        Assert.Equal(7, policyProblems.Count);
        AssertTranslated(typeof(MspConsole.Web.Features.Reminders.RemindersResource), [.. policyProblems, .. MspConsole.Core.Reminders.ReminderReasons.All]);
    }

    /// <summary>The codes are those of HelpdeskAction and the audit-action constants (Core's ReminderAuditActions and
    /// OnboardingAuditActions, the four-eyes policy's): a new one without a name would show as a bare code.</summary>
    [Fact]
    public void AuditActionNames_CoverEveryActionTheConsoleWrites_AndAreTranslated()
    {
        static IEnumerable<string> Constants(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!); // ! : a string constant has a value.
        string[] written =
        [
            .. Enum.GetNames<MspConsole.Core.Actions.HelpdeskAction>(),
            .. Constants(typeof(MspConsole.Core.Reminders.ReminderAuditActions)),
            .. Constants(typeof(MspConsole.Core.Onboarding.OnboardingAuditActions)),
            .. Constants(typeof(MspConsole.Core.Integrations.IntegrationAuditActions)),
            .. Constants(typeof(MspConsole.Core.Alerts.AlertAuditActions)),
            MspConsole.Web.Features.Actions.FourEyesPolicyController.AuditAction,
            MspConsole.Web.Features.CustomerReports.CustomerReportSender.AuditAction,
            MspConsole.Web.Features.CustomerReports.CustomerReportsController.EditAuditAction,
        ];
        var known = MspConsole.Web.Features.Audit.AuditActionNames.All;

        Assert.Equal(written.Order(StringComparer.Ordinal), known.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal(known.Count, known.Select(pair => pair.Value).Distinct(StringComparer.Ordinal).Count());
        AssertTranslated(typeof(MspConsole.Web.Features.Audit.AuditResource), known.Select(pair => pair.Value));
    }

    [Fact]
    public void AlertRuleProblems_AreTranslated() =>
        AssertTranslated(typeof(MspConsole.Web.Features.Alerts.AlertsResource), MspConsole.Web.Features.Alerts.AlertRuleValidator.All);

    [Fact]
    public void ReportAdviceLines_AreTranslated() =>
        AssertTranslated(typeof(SharedResource),
            [.. MspConsole.Web.Features.Tenants.ReportAdvice.For(new UserCounts(10, 1, 1, 1, 1, 1, 1), Enforcement.None).Select(line => line.Text),
             .. MspConsole.Web.Features.Tenants.ReportAdvice.For(new UserCounts(10, 0, 0, 10, 0, 1, 0), Enforcement.SecurityDefaults).Select(line => line.Text)]);

    [Fact]
    public void AuditCsvHeaders_AreTranslated() =>
        AssertTranslated(typeof(MspConsole.Web.Features.Audit.AuditResource), MspConsole.Web.Features.Audit.AuditTexts.CsvHeaders);

    [Fact]
    public void ViewKeyScan_FindsLiteralsChoicesAndEnumHelpers()
    {
        var uses = ViewKeyUses().ToList();

        Assert.Contains(uses, use => use.View == "Overview/Index.cshtml" && use.Localizer == "T" && use.Keys.Contains("Tenants"));
        Assert.Contains(uses, use => use.View == "Onboarding/List.cshtml" && use.Localizer == "L" && use.Resource == typeof(MspConsole.Web.Features.Shared.AdminResource));
        Assert.Contains(uses, use => use.View == "Overview/Index.cshtml" && use.Keys.Contains("Conditional access") && use.UncheckedExpression is null);
        Assert.Contains(uses, use => use.View == "Tenants/_TenantTitle.cshtml" && use.Keys.SequenceEqual(["MSP", "Customer's own IT"]) && use.UncheckedExpression is null);
    }

    private readonly Dictionary<(Type, CultureInfo), ResourceSet> resourceSets = [];

    private void AssertTranslated(Type resource, IEnumerable<string> keys)
    {
        var missing = keys.SelectMany(key => MissingTranslations(resource, key).Select(culture => $"\"{key}\" has no {culture} text in {resource.Name}")).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private IEnumerable<string> MissingTranslations(Type resource, string key) =>
        Translated.Where(culture => string.IsNullOrWhiteSpace(ResourceSetOf(resource, culture).GetString(key))).Select(culture => culture.Name);

    /// <summary>The compiled resource of one culture alone (no fallback), named as ResourceManagerStringLocalizerFactory names it.</summary>
    private ResourceSet ResourceSetOf(Type resource, CultureInfo culture)
    {
        if (resourceSets.TryGetValue((resource, culture), out var cached))
        {
            return cached;
        }

        var rootNamespace = Web.GetName().Name!; // ! : an assembly has a name.
        var baseName = $"{rootNamespace}.Resources.{resource.FullName![(rootNamespace.Length + 1)..]}"; // ! : not a generic parameter.
        var set = new ResourceManager(baseName, Web).GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no {culture} resource {baseName} in {Web.GetName().Name}");
        resourceSets[(resource, culture)] = set;
        return set;
    }

    private sealed record KeyUse(string View, int Line, string Localizer, Type Resource, IReadOnlyList<string> Keys, string? UncheckedExpression)
    {
        public string Where => $"{View}:{Line}";
    }

    private static IEnumerable<KeyUse> ViewKeyUses()
    {
        var features = Path.Combine(SourceRoot(), "Features");
        foreach (var path in Directory.GetFiles(features, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var view = Path.GetRelativePath(features, path).Replace('\\', '/');
            var source = File.ReadAllText(path);
            foreach (var (name, resource) in LocalizersOf(path, features))
            {
                foreach (Match match in new Regex(@"(?<![\w.])" + Regex.Escape(name) + @"\[").Matches(source))
                {
                    var line = source.AsSpan(0, match.Index).Count('\n') + 1;
                    var expression = FirstArgument(BracketContent(source, match.Index + match.Length)).Trim();
                    var (keys, isChecked) = KeysOf(expression);
                    yield return new KeyUse(view, line, name, resource, keys, isChecked ? null : expression);
                }
            }
        }
    }

    /// <summary>The localizers a view sees: its own @inject lines and those of every _ViewImports from its folder up to Features.</summary>
    private static Dictionary<string, Type> LocalizersOf(string view, string features)
    {
        var files = new List<string> { view };
        for (var folder = Path.GetDirectoryName(view); folder is not null && folder.Length >= features.Length; folder = Path.GetDirectoryName(folder))
        {
            files.Add(Path.Combine(folder, "_ViewImports.cshtml"));
        }

        var localizers = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var file in files.Where(File.Exists))
        {
            foreach (Match inject in InjectedLocalizer().Matches(File.ReadAllText(file)))
            {
                var typeName = inject.Groups["type"].Value;
                var simpleName = typeName[(typeName.LastIndexOf('.') + 1)..];
                localizers.TryAdd(inject.Groups["name"].Value, Web.GetTypes().Single(type => type.Name == simpleName && (type.FullName == typeName || typeName == simpleName)));
            }
        }

        return localizers;
    }

    /// <summary>The keys of one localizer argument, and whether they are all of the keys it can produce.</summary>
    private static (IReadOnlyList<string> Keys, bool Complete) KeysOf(string expression)
    {
        var literals = StringLiteral().Matches(expression).Select(m => Regex.Unescape(m.Groups["text"].Value)).ToList();
        var skeleton = StringLiteral().Replace(expression, "\"\"");
        if (skeleton == "\"\"" || ChoiceOfLiterals().IsMatch(skeleton))
        {
            return (literals, true);
        }

        var helper = HelperCall().Match(skeleton);
        if (helper.Success && Web.GetTypes().FirstOrDefault(type => type.Name == helper.Groups["type"].Value) is { } helperType)
        {
            var overloads = helperType.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(method => method.Name == helper.Groups["method"].Value && method.ReturnType == typeof(string))
                .ToList();
            if (overloads.Count > 0 && overloads.All(method => method.GetParameters() is [{ ParameterType.IsEnum: true }]))
            {
                var values = overloads.SelectMany(method => Enum.GetValues(method.GetParameters()[0].ParameterType).Cast<object>()
                    .Select(value => (string)method.Invoke(null, [value])!)); // ! : these helpers return a key for every value.
                return ([.. literals, .. values.Distinct()], true);
            }
        }

        // A literal joined to something else ("language." + code) is a fragment, not a key.
        return (skeleton.Contains('+', StringComparison.Ordinal) ? [] : literals, false);
    }

    private static string BracketContent(string source, int start)
    {
        var depth = 1;
        for (var i = start; i < source.Length; i++)
        {
            switch (source[i])
            {
                case '"':
                    i = EndOfStringLiteral(source, i);
                    break;
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    if (--depth == 0)
                    {
                        return source[start..i];
                    }

                    break;
            }
        }

        throw new InvalidOperationException("unbalanced localizer brackets at " + start);
    }

    /// <summary>The key argument of <c>L[key, arguments...]</c>.</summary>
    private static string FirstArgument(string content)
    {
        var depth = 0;
        for (var i = 0; i < content.Length; i++)
        {
            switch (content[i])
            {
                case '"':
                    i = EndOfStringLiteral(content, i);
                    break;
                case '[' or '(':
                    depth++;
                    break;
                case ']' or ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    return content[..i];
            }
        }

        return content;
    }

    /// <summary>The index of the quote closing the string literal that opens at <paramref name="start"/>.</summary>
    private static int EndOfStringLiteral(string text, int start)
    {
        var i = start + 1;
        for (; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
        }

        return i;
    }

    private static string SourceRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MspConsole.sln")))
            {
                return Path.Combine(folder.FullName, "src", "MspConsole.Web");
            }
        }

        throw new InvalidOperationException("MspConsole.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"@inject\s+(?:Microsoft\.Extensions\.Localization\.)?IStringLocalizer<(?<type>[\w.]+)>\s+(?<name>\w+)")]
    private static partial Regex InjectedLocalizer();

    [GeneratedRegex(@"""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"^[^?""]+\?\s*""""\s*:\s*""""$")]
    private static partial Regex ChoiceOfLiterals();

    [GeneratedRegex(@"^(?<type>[A-Z]\w*)\.(?<method>\w+)\([^()]*\)$")]
    private static partial Regex HelperCall();
}
