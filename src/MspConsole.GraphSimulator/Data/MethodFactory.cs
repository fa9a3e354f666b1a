using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Data;

/// <summary>Builds authentication methods: a realistic random mix for generated users, and single methods for registrations.</summary>
internal static class MethodFactory
{
    /// <summary>Gives a member user a password plus none, one or several MFA methods.</summary>
    public static void AddRandomMethods(Random random, SimUser user, double registeredShare)
    {
        var at = user.CreatedDateTime;
        user.Methods.Add(new SimMethod(MethodKind.Password, SimMethod.PasswordId, at));
        var r = random.NextDouble();
        if (r >= 1 - registeredShare)
        {
            var resilient = random.NextDouble() < 0.55;
            var first = random.NextDouble();
            if (resilient || first < 0.6)
            {
                user.Methods.Add(Authenticator(random, at.AddDays(1)));
            }

            if (resilient || (first >= 0.6 && first < 0.9))
            {
                user.Methods.Add(Phone("mobile", MobileNumber(random), at.AddDays(1)));
            }
            else if (first >= 0.9)
            {
                user.Methods.Add(Phone("office", OfficeNumber(random), at.AddDays(1)));
            }

            if (resilient)
            {
                AddExtras(random, user, at.AddDays(30));
            }
        }

        if (random.NextDouble() < 0.3)
        {
            user.Methods.Add(new SimMethod(MethodKind.Email, Seeds.NewGuid(random).ToString(), at.AddDays(2))
            {
                EmailAddress = user.Mail is null ? "user@telenet.be" : "prive." + user.Mail.Split('@')[0] + "@telenet.be",
            });
        }

        user.ChooseDefaultIfMissing();
        if (user.PreferredMethod == "sms" && random.NextDouble() < 0.3)
        {
            user.PreferredMethod = "voiceMobile";
        }
    }

    private static void AddExtras(Random random, SimUser user, DateTimeOffset at)
    {
        if (random.NextDouble() < 0.2)
        {
            user.Methods.Add(Phone("office", OfficeNumber(random), at));
        }

        if (random.NextDouble() < 0.1)
        {
            user.Methods.Add(Phone("alternateMobile", MobileNumber(random), at));
        }

        if (random.NextDouble() < 0.08)
        {
            user.Methods.Add(new SimMethod(MethodKind.Fido2, Seeds.NewGuid(random).ToString(), at)
            {
                DisplayName = "YubiKey 5 NFC",
                Model = "YubiKey 5 NFC",
                AaGuid = "cb69481e-8ff7-4039-93ec-0a2729a154a8",
            });
        }

        if (random.NextDouble() < 0.08)
        {
            user.Methods.Add(new SimMethod(MethodKind.SoftwareOath, Seeds.NewGuid(random).ToString(), at));
        }

        if (random.NextDouble() < 0.1)
        {
            user.Methods.Add(new SimMethod(MethodKind.WindowsHelloForBusiness, Seeds.NewGuid(random).ToString(), at)
            {
                DisplayName = "LAPTOP-" + Seeds.Digits(random, 6),
            });
        }
    }

    public static SimMethod Authenticator(Random random, DateTimeOffset at) =>
        new(MethodKind.MicrosoftAuthenticator, Seeds.NewGuid(random).ToString(), at)
        {
            DisplayName = Seeds.Pick(random, NamePools.Phones),
            DeviceTag = "SoftwareTokenActivated",
            PhoneAppVersion = "6.2409." + Seeds.Digits(random, 4),
            Passwordless = random.NextDouble() < 0.15,
        };

    public static SimMethod Phone(string phoneType, string number, DateTimeOffset at) =>
        new(MethodKind.Phone, SimMethod.PhoneIdFor(phoneType), at) { PhoneType = phoneType, PhoneNumber = number };

    public static string MobileNumber(Random random) => "+32 4" + Seeds.Pick(random, ["7", "8", "9"]) + Seeds.Digits(random, 7);

    public static string OfficeNumber(Random random) => "+32 " + Seeds.Pick(random, ["2", "3", "9", "50", "16"]) + Seeds.Digits(random, 7);
}
