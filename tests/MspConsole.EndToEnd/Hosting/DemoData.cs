using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.TestKit.Builders;
using MspConsole.Web.Security.Development;

namespace MspConsole.EndToEnd.Hosting;

/// <summary>A small, realistic portfolio: a dozen broker offices with users of every status, trends and polling trouble.</summary>
public sealed class DemoData
{
    private static readonly string[] FirstNames = ["Jan", "Els", "Pieter", "Sofie", "Luc", "Marie", "Thomas", "Julie", "Wout", "Camille", "Lars", "Amélie", "Noah", "Lotte", "Hugo"];
    private static readonly string[] LastNames = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Dubois", "Lambert", "Dupont", "Willems", "Claes", "Goossens", "Wouters"];

    public Guid Alpha { get; } = Guid.NewGuid();

    public Guid Bravo { get; } = Guid.NewGuid();

    /// <summary>The largest demo customer (1,241 users, French): the one the printed report must still fit in six pages.</summary>
    public Guid Kilo { get; } = Guid.NewGuid();

    public const int KiloUsers = 1241;

    /// <summary>A customer whose polling an admin paused.</summary>
    public Guid Lima { get; } = Guid.NewGuid();

    /// <summary>A customer onboarded but not consented yet: no data.</summary>
    public Guid Mike { get; } = Guid.NewGuid();

    public string AlphaCriticalAdmin { get; } = Guid.NewGuid().ToString();

    public IEnumerable<object> Build()
    {
        yield return new TenantBuilder().WithId(Alpha).Named("Alpha Verzekeringen", "alpha-verzekeringen.be").WithTags("brokers", "gold").WithEnforcement(false, 2).Build();
        yield return new TenantBuilder().WithId(Bravo).Named("Bravo Makelaars", "bravo-makelaars.be").WithTags("brokers").WithEnforcement(false, 0).Build();
        yield return HistoryBuilder.Assignment(Alpha, DevelopmentPersonas.AccountManagerNorth.ObjectId, DevelopmentPersonas.AccountManagerNorth.UserPrincipalName);
        yield return HistoryBuilder.Assignment(Bravo, DevelopmentPersonas.AccountManagerSouth.ObjectId, DevelopmentPersonas.AccountManagerSouth.UserPrincipalName);
        foreach (var item in Users(Alpha, "alpha-verzekeringen.be", 64, seed: 1))
        {
            yield return item;
        }

        yield return new TenantUserBuilder(Alpha).WithObjectId(AlphaCriticalAdmin).Named("Admin Backoffice", "admin@alpha-verzekeringen.be").AsAdmin().NotRegistered().Build();
        yield return new TenantUserBuilder(Alpha).Named("<img src=x onerror=alert(1)> Evil Name", "evil@alpha-verzekeringen.be").SingleMethod().Build();
        yield return new TenantUserBuilder(Alpha).Named("مستخدم عربي", "rtl@alpha-verzekeringen.be").Resilient().Build();
        foreach (var snapshot in SnapshotBuilder.ImprovingSeries(Alpha, 60, 67, 0.45, 0.82))
        {
            yield return snapshot;
        }

        yield return HistoryBuilder.PollRun(Alpha, TestClock.Now.AddHours(-2), users: 67);
        yield return HistoryBuilder.PollRun(Alpha, TestClock.Now.AddDays(-1).AddHours(-2), users: 66);
        foreach (var item in Users(Bravo, "bravo-makelaars.be", 23, seed: 2))
        {
            yield return item;
        }

        yield return new TenantBuilder().WithId(Kilo).Named("Kilo Courtage", "kilo-courtage.be").WithLanguage("fr").WithTags("brokers").WithEnforcement(false, 1).Build();
        foreach (var item in Users(Kilo, "kilo-courtage.be", KiloUsers, seed: 3))
        {
            yield return item;
        }

        foreach (var snapshot in SnapshotBuilder.ImprovingSeries(Kilo, 180, KiloUsers, 0.55, 0.8))
        {
            yield return snapshot;
        }

        var lima = new TenantBuilder().WithId(Lima).Named("Lima Assurances", "lima-assurances.be").WithEnforcement(true, 0).Build();
        lima.PausePolling();
        yield return lima;
        foreach (var item in Users(Lima, "lima-assurances.be", 12, seed: 4))
        {
            yield return item;
        }

        yield return new TenantUserBuilder(Lima).Named("Lima Contact", "contact@lima-assurances.be").SingleMethod().Build();

        yield return new TenantBuilder().WithId(Mike).Named("Mike Nieuwe Klant", "mike-nieuw.be").NeverPolled().WithConsent(ConsentState.Missing).Build();

        string[] names = ["Charlie Courtiers", "Delta Assurances", "Echo Brokers", "Foxtrot Finance", "Golf & Partners", "Hotel Verzekeringen", "India Conseil", "Juliet Makelaardij"];
        for (var index = 0; index < names.Length; index++)
        {
            var tenant = new TenantBuilder().Named(names[index], $"{names[index].Split(' ')[0].ToLowerInvariant()}-{index}.be").WithTags(index % 2 == 0 ? "brokers" : "finance")
                .WithEnforcement(index % 3 == 0, index % 3 == 1 ? 1 : 0);
            if (index == 2)
            {
                tenant.WithFailedPoll("Graph answered 403 Forbidden (Authorization_RequestDenied): the app lost UserAuthenticationMethod.Read.All");
            }

            var built = tenant.Build();
            yield return built;
            foreach (var item in Users(built.Id, $"customer{index}.be", 8 + (index * 5), seed: 10 + index))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<TenantUser> Users(Guid tenantId, string domain, int count, int seed)
    {
        var random = new Random(seed);
        for (var index = 0; index < count; index++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var builder = new TenantUserBuilder(tenantId).Named($"{first} {last}", $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{index}@{domain}");
            _ = random.Next(10) switch
            {
                < 2 => builder.NotRegistered(),
                < 5 => builder.SingleMethod(),
                < 6 => builder.WithMethods(RegisteredMethod.MicrosoftAuthenticatorPush, RegisteredMethod.MobilePhone, RegisteredMethod.Email),
                < 7 => builder.WithMethods(RegisteredMethod.MobilePhone, RegisteredMethod.OfficePhone),
                _ => builder.Resilient(),
            };
            if (index % 17 == 0)
            {
                builder.AsAdmin();
            }

            yield return builder.Build();
        }
    }
}
