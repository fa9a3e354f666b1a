using System.Globalization;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Data;

/// <summary>Generates one tenant's users from (seed, tenant index) alone.</summary>
internal static class UserGenerator
{
    private static readonly DateTimeOffset Epoch = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static UserSet Generate(int seed, TenantProfile tenant)
    {
        var random = Seeds.For(seed, tenant.Index, Seeds.UsersSalt);
        var users = new UserSet();
        var upns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var guests = tenant.UserCount < 8 ? 0 : Math.Max(1, tenant.UserCount * 6 / 100);
        var admins = Math.Min(8, 1 + (tenant.UserCount / 40));
        var mfaPolicy = tenant.SecurityDefaults || tenant.Licensed;
        var members = new List<SimUser>(tenant.UserCount);
        for (var i = 0; i < tenant.UserCount; i++)
        {
            var isGuest = i >= tenant.UserCount - guests;
            var user = isGuest ? Guest(random, tenant, upns) : Member(random, tenant, upns);
            user.CreatedDateTime = Epoch.AddMinutes(random.Next(0, 60 * 24 * 700));
            user.LastUpdatedDateTime = user.CreatedDateTime.AddMinutes(random.Next(0, 60 * 24 * 60));
            if (!isGuest)
            {
                members.Add(user);
                user.AccountEnabled = i < admins || random.NextDouble() >= 0.03;
                user.PerUserMfaState = mfaPolicy ? "disabled" : random.NextDouble() switch
                {
                    < 0.3 => "enforced",
                    < 0.4 => "enabled",
                    _ => "disabled",
                };
                MethodFactory.AddRandomMethods(random, user, mfaPolicy ? 0.8 : 0.6);
            }

            if (IsHostile(tenant.Index, i, random))
            {
                user.DisplayName = NamePools.Hostile[(tenant.Index + i) % NamePools.Hostile.Length];
            }

            users.Add(user);
        }

        AssignRoles(Seeds.For(seed, tenant.Index, Seeds.RolesSalt), members, admins);
        return users;
    }

    /// <summary>The first <paramref name="admins"/> members get a privileged role (the first one Global Administrator), some
    /// two; the first other member and a few more get a reader role, which does not make them admins. A random stream of its
    /// own keeps the users and methods of a seed what they were before roles existed.</summary>
    private static void AssignRoles(Random random, List<SimUser> members, int admins)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var user = members[i];
            if (i < admins)
            {
                user.AssignRole(i == 0 ? DirectoryRoleCatalog.GlobalAdministrator : Seeds.Pick(random, DirectoryRoleCatalog.AdminPool));
                if (random.NextDouble() < 0.25)
                {
                    user.AssignRole(Seeds.Pick(random, DirectoryRoleCatalog.AdminPool));
                }
            }
            else if (i == admins)
            {
                user.AssignRole(DirectoryRoleCatalog.DirectoryReaders);
            }
            else if (random.NextDouble() < 0.04)
            {
                user.AssignRole(Seeds.Pick(random, DirectoryRoleCatalog.ReaderPool));
            }
        }
    }

    private static bool IsHostile(int tenantIndex, int userIndex, Random random) =>
        tenantIndex == 0 ? userIndex is >= 2 and <= 9 : random.NextDouble() < 0.002;

    private static SimUser Member(Random random, TenantProfile tenant, HashSet<string> upns)
    {
        var language = random.NextDouble() < 0.85 ? tenant.Language : Seeds.Pick(random, ["nl", "fr", "en"]);
        var (first, last) = PersonName(random, language);
        var local = Local(first) + "." + Local(last);
        var upn = Unique(local, tenant.DefaultDomain, upns);
        var user = new SimUser(Seeds.NewGuid(random), upn, first + " " + last)
        {
            GivenName = first,
            Surname = last,
            JobTitle = Seeds.Pick(random, JobTitles(language)),
            Mail = upn,
            PreferredLanguage = random.NextDouble() < 0.2 ? null : language switch
            {
                "nl" => random.NextDouble() < 0.8 ? "nl-BE" : "nl-NL",
                "fr" => "fr-BE",
                _ => "en-GB",
            },
        };
        return user;
    }

    private static SimUser Guest(Random random, TenantProfile tenant, HashSet<string> upns)
    {
        var (first, last) = PersonName(random, Seeds.Pick(random, ["nl", "fr", "en"]));
        var external = Local(first) + "." + Local(last) + "@" + Seeds.Pick(random, NamePools.GuestDomains);
        var upn = Unique(external.Replace('@', '_') + "#EXT#", tenant.DefaultDomain, upns);
        return new SimUser(Seeds.NewGuid(random), upn, first + " " + last)
        {
            GivenName = first,
            Surname = last,
            Mail = external,
            IsGuest = true,
        };
    }

    private static (string First, string Last) PersonName(Random random, string language) => language switch
    {
        "nl" => (Seeds.Pick(random, NamePools.DutchFirst), Seeds.Pick(random, NamePools.DutchLast)),
        "fr" => (Seeds.Pick(random, NamePools.FrenchFirst), Seeds.Pick(random, NamePools.FrenchLast)),
        _ => (Seeds.Pick(random, NamePools.EnglishFirst), Seeds.Pick(random, NamePools.EnglishLast)),
    };

    private static string[] JobTitles(string language) => language switch
    {
        "nl" => ["Zaakvoerder", "Verzekeringsadviseur", "Schadebeheerder", "Office manager", "Boekhouder"],
        "fr" => ["Gérant", "Conseiller en assurances", "Gestionnaire sinistres", "Assistante", "Comptable"],
        _ => ["Managing director", "Insurance adviser", "Claims handler", "Office manager"],
    };

    private static string Local(string name) => TenantGenerator.Slug(name).Replace("-", string.Empty, StringComparison.Ordinal);

    private static string Unique(string local, string domain, HashSet<string> upns)
    {
        var upn = local + "@" + domain;
        for (var n = 2; !upns.Add(upn); n++)
        {
            upn = local + n.ToString(CultureInfo.InvariantCulture) + "@" + domain;
        }

        return upn;
    }
}
