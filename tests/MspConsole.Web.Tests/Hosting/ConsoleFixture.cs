using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.TestKit.Builders;
using MspConsole.TestKit.Database;
using MspConsole.Web.Security.Development;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Web.Tests.Hosting;

/// <summary>
/// One app and one database for the web tests: three tenants — Alpha (Anna's), Bravo (Amélie's) and Charlie
/// (nobody's) — with users of every status, a hostile display name, snapshots, polls, reminders and actions.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    public const string HostileName = "<script>alert('owned')</script><b>Bold</b>";
    public const string FormulaName = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string RightToLeftName = "مستخدم عربي اسم طويل";

    private SqliteTestDatabase? database;
    private ConsoleAppFactory? factory;

    public Guid Alpha { get; } = Guid.NewGuid();

    public Guid Bravo { get; } = Guid.NewGuid();

    public Guid Charlie { get; } = Guid.NewGuid();

    public string AlphaUser { get; } = Guid.NewGuid().ToString();

    public string BravoUser { get; } = Guid.NewGuid().ToString();

    public string AlphaHostileUser { get; } = Guid.NewGuid().ToString();

    public ConsoleAppFactory Factory => factory ?? throw new InvalidOperationException("Not initialised.");

    public SqliteTestDatabase Database => database ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        database = await SqliteTestDatabase.CreateAsync(cancellationToken);
        List<object> seed =
        [
            new TenantBuilder().WithId(Alpha).Named("Alpha Verzekeringen", "alpha-verzekeringen.be").WithTags("brokers", "gold").Build(),
            new TenantBuilder().WithId(Bravo).Named("Bravo Makelaars", "bravo-makelaars.be").WithTags("brokers").WithEnforcement(false, 0).Build(),
            new TenantBuilder().WithId(Charlie).Named("Charlie Courtiers", "charlie-courtiers.be").WithFailedPoll("Graph answered 403 Forbidden: Authorization_RequestDenied").Build(),
            HistoryBuilder.Assignment(Alpha, DevelopmentPersonas.AccountManagerNorth.ObjectId, DevelopmentPersonas.AccountManagerNorth.UserPrincipalName),
            HistoryBuilder.Assignment(Bravo, DevelopmentPersonas.AccountManagerSouth.ObjectId, DevelopmentPersonas.AccountManagerSouth.UserPrincipalName),
            new TenantUserBuilder(Alpha).WithObjectId(AlphaUser).Named("Jan Peeters", "jan.peeters@alpha-verzekeringen.be").SingleMethod().Build(),
            new TenantUserBuilder(Alpha).Named("Admin Zonder MFA", "admin@alpha-verzekeringen.be").AsAdmin().NotRegistered().Build(),
            new TenantUserBuilder(Alpha).Named("Els Janssens", "els.janssens@alpha-verzekeringen.be").NotRegistered().Build(),
            new TenantUserBuilder(Alpha).Named("Marie Dubois", "marie.dubois@alpha-verzekeringen.be").Resilient().Build(),
            new TenantUserBuilder(Alpha).Named("Break Glass", "breakglass@alpha-verzekeringen.be").AsAdmin().Excluded("Break-glass account, ticket INC-1").Build(),
            new TenantUserBuilder(Alpha).WithObjectId(AlphaHostileUser).Named(HostileName, "hostile@alpha-verzekeringen.be").WithMethods(RegisteredMethod.Email).Build(),
            new TenantUserBuilder(Alpha).Named(FormulaName, "formula@alpha-verzekeringen.be").NotRegistered().Build(),
            new TenantUserBuilder(Alpha).Named(RightToLeftName, "rtl@alpha-verzekeringen.be").Resilient().Build(),
            new TenantUserBuilder(Alpha).Named("Gone User", "gone@alpha-verzekeringen.be").Removed().Build(),
            new TenantUserBuilder(Bravo).WithObjectId(BravoUser).Named("Bruno Bravo", "bruno@bravo-makelaars.be").NotRegistered().Build(),
            new TenantUserBuilder(Bravo).Named("Betty Bravo", "betty@bravo-makelaars.be").Resilient().Build(),
            new TenantUserBuilder(Charlie).Named("Claude Charlie", "claude@charlie-courtiers.be").SingleMethod().Build(),
            HistoryBuilder.PollRun(Alpha, TestClock.Now.AddHours(-2)),
            HistoryBuilder.SentReminder(Alpha, AlphaUser, "jan.peeters@alpha-verzekeringen.be", TestClock.Now.AddDays(-7)),
        ];
        seed.AddRange(SnapshotBuilder.ImprovingSeries(Alpha, 30, 9, 0.4, 0.7));
        seed.AddRange(HistoryBuilder.UserActions(Alpha, AlphaUser, "jan.peeters@alpha-verzekeringen.be", "SendReminder", "ResetAuthenticator"));
        await database.SeedAsync(seed, cancellationToken);
        factory = new ConsoleAppFactory(ConsoleHostOptions.SeededPages(database.ConnectionString));
    }

    public ValueTask DisposeAsync() => Disposal.InOrderAsync(factory, database);
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "console";
}
