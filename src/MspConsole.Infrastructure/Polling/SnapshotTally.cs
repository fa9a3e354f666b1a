using MspConsole.Core.Graph;
using MspConsole.Core.Snapshots;
using MspConsole.Core.Users;

namespace MspConsole.Infrastructure.Polling;

/// <summary>Counts a tenant's current users into the figures of its daily snapshot.</summary>
internal sealed class SnapshotTally
{
    private static readonly HashSet<string> GuideMfaMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        RegisteredMethod.MicrosoftAuthenticatorPush,
        RegisteredMethod.MicrosoftAuthenticatorPasswordless,
        RegisteredMethod.MobilePhone,
        RegisteredMethod.OfficePhone,
    };

    private int total, notRegistered, singleMethod, resilient, excluded, adminsWithoutMfa;
    private int authenticator, mobilePhone, email, officePhone, otherMfa, perUserEnforced;

    public void Add(MfaStatus status, bool isAdmin, IReadOnlyList<string> methods, PerUserMfaState perUserMfaState)
    {
        total++;
        switch (status)
        {
            case MfaStatus.NotRegistered: notRegistered++; break;
            case MfaStatus.SingleMethod: singleMethod++; break;
            case MfaStatus.Resilient: resilient++; break;
            case MfaStatus.Excluded: excluded++; break;
        }

        if (MfaStatusRules.IsCritical(isAdmin, status))
        {
            adminsWithoutMfa++;
        }

        if (methods.Any(m => m is RegisteredMethod.MicrosoftAuthenticatorPush or RegisteredMethod.MicrosoftAuthenticatorPasswordless))
        {
            authenticator++;
        }

        mobilePhone += methods.Contains(RegisteredMethod.MobilePhone) ? 1 : 0;
        email += methods.Contains(RegisteredMethod.Email) ? 1 : 0;
        officePhone += methods.Contains(RegisteredMethod.OfficePhone) ? 1 : 0;
        otherMfa += methods.Any(m => RegisteredMethod.MfaFamily(m) is not null && !GuideMfaMethods.Contains(m)) ? 1 : 0;
        perUserEnforced += perUserMfaState is PerUserMfaState.Enforced or PerUserMfaState.Enabled ? 1 : 0;
    }

    public SnapshotCounts ToCounts() => new(
        total, notRegistered, singleMethod, resilient, excluded, adminsWithoutMfa,
        authenticator, mobilePhone, email, officePhone, otherMfa, perUserEnforced);
}
