using MspConsole.Core.Graph;
using MspConsole.Core.Users;

namespace MspConsole.TestKit.Builders;

/// <summary>A current, resilient member user by default (Authenticator + mobile phone).</summary>
public sealed class TenantUserBuilder(Guid tenantId)
{
    private static int counter;
    private string objectId = Guid.NewGuid().ToString();
    private string? upn;
    private string? displayName;
    private string[] methods = [RegisteredMethod.MicrosoftAuthenticatorPush, RegisteredMethod.MobilePhone];
    private string? defaultMethod = RegisteredMethod.MicrosoftAuthenticatorPush;
    private bool isAdmin;
    private bool isGuest;
    private string? exclusionReason;
    private bool removed;
    private bool disabled;

    public TenantUserBuilder WithObjectId(string value) { objectId = value; return this; }

    public TenantUserBuilder Named(string name, string? userPrincipalName = null)
    {
        displayName = name;
        upn = userPrincipalName ?? upn;
        return this;
    }

    public TenantUserBuilder WithUpn(string value) { upn = value; return this; }

    public TenantUserBuilder WithMethods(params string[] values)
    {
        methods = values;
        defaultMethod = values.FirstOrDefault(method => RegisteredMethod.MfaFamily(method) is not null);
        return this;
    }

    public TenantUserBuilder NotRegistered() => WithMethods();

    public TenantUserBuilder SingleMethod() => WithMethods(RegisteredMethod.MobilePhone);

    public TenantUserBuilder Resilient() => WithMethods(RegisteredMethod.MicrosoftAuthenticatorPush, RegisteredMethod.MobilePhone);

    public TenantUserBuilder AsAdmin() { isAdmin = true; return this; }

    public TenantUserBuilder AsGuest() { isGuest = true; return this; }

    public TenantUserBuilder Excluded(string reason) { exclusionReason = reason; return this; }

    public TenantUserBuilder Removed() { removed = true; return this; }

    /// <summary>Seen disabled in /users at the last poll, keeping the registration built here.</summary>
    public TenantUserBuilder Disabled() { disabled = true; return this; }

    public TenantUser Build()
    {
        var number = Interlocked.Increment(ref counter);
        var user = new TenantUser(tenantId, objectId, TestClock.Now.AddDays(-20));
        user.Refresh(
            new UserRegistration(
                objectId,
                upn ?? $"user{number:D5}@example.test",
                displayName ?? $"User {number:D5}",
                isGuest,
                isAdmin,
                IsMfaRegistered: RegisteredMethod.CountMfaMethods(methods) > 0,
                IsMfaCapable: RegisteredMethod.CountMfaMethods(methods) > 0,
                IsSsprRegistered: methods.Length > 0,
                IsPasswordlessCapable: false,
                methods,
                defaultMethod,
                TestClock.Now.AddDays(-3)),
            TestClock.Now.AddHours(-2));
        if (exclusionReason is not null)
        {
            user.Exclude(exclusionReason);
        }

        if (disabled)
        {
            user.SeenInDirectory(accountEnabled: false, TestClock.Now.AddHours(-2));
        }

        if (removed)
        {
            user.MarkRemoved(TestClock.Now.AddHours(-1));
        }

        return user;
    }
}
