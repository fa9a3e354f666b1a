using System.Collections.Concurrent;
using System.Security.Cryptography;
using MspConsole.GraphSimulator.Data;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.State;

/// <summary>
/// Ground truth of the simulator and its fault controls; the control API under <c>/_simulator</c> is a thin layer over this.
/// One instance per host (a DI singleton); thread-safe.
/// </summary>
public sealed class SimulatorState
{
    private readonly ConcurrentQueue<SentMail> outbox = new();
    private readonly ConcurrentQueue<MutationRecord> mutations = new();
    private long mutationSequence;
    private volatile TenantDirectory directory;

    public SimulatorState(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Faults = new FaultController(options);
        directory = new TenantDirectory(options);
        TokenKey = RandomNumberGenerator.GetBytes(32);
    }

    public SimulatorOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    public FaultController Faults { get; }

    /// <summary>All tenants, in dataset order (index 0 first).</summary>
    public IReadOnlyList<SimTenant> Tenants => directory.All;

    public IReadOnlyList<SentMail> Outbox => outbox.ToArray();

    public IReadOnlyList<MutationRecord> Mutations => mutations.ToArray();

    internal byte[] TokenKey { get; }

    /// <summary>Finds a tenant by GUID or default domain (case-insensitive).</summary>
    public SimTenant? FindTenant(string idOrDomain) => directory.Find(idOrDomain);

    public SimTenant? FindTenant(Guid id) => directory.Find(id);

    public IReadOnlyList<TenantSummary> GetTenantSummaries() => Tenants.Select(Summarize).ToList();

    public static TenantSummary Summarize(SimTenant tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new TenantSummary(tenant.Id, tenant.DefaultDomain, tenant.DisplayName, tenant.Consented, tenant.Licensed,
            tenant.SecurityDefaults, tenant.UserCount, tenant.GrantedRoles);
    }

    /// <summary>Every user of the tenant with the methods Graph would list for them; null for an unknown tenant.</summary>
    public IReadOnlyList<UserSummary>? GetUsers(Guid tenantId)
    {
        var tenant = FindTenant(tenantId);
        var now = Time.GetUtcNow();
        return tenant?.Read(users => users.All.Select(u => Summarize(u, now)).ToList());
    }

    public UserSummary? GetUser(Guid tenantId, string idOrUpn)
    {
        var now = Time.GetUtcNow();
        return FindTenant(tenantId)?.Read(users => users.Find(idOrUpn) is { } u ? Summarize(u, now) : null);
    }

    /// <summary>The userRegistrationDetails row Graph would return now (v1.0 shape).</summary>
    public UserRegistrationDetails? GetRegistration(Guid tenantId, Guid userId)
    {
        var tenant = FindTenant(tenantId);
        return tenant?.Read(users => users.Find(userId.ToString()) is { } u ? RegistrationCalculator.Compute(u, tenant, beta: false) : null);
    }

    /// <summary>Adds a member (or guest) with only a password; returns it.</summary>
    public UserSummary? AddUser(Guid tenantId, string displayName, string? userPrincipalName = null, bool guest = false, bool isAdmin = false)
    {
        var tenant = FindTenant(tenantId);
        if (tenant is null)
        {
            return null;
        }

        var now = Time.GetUtcNow();
        var id = Guid.NewGuid();
        var upn = userPrincipalName ?? $"user-{id:N}@{tenant.DefaultDomain}";
        var user = new SimUser(id, upn, displayName)
        {
            IsGuest = guest,
            Mail = upn,
            CreatedDateTime = now,
            LastUpdatedDateTime = now,
        };
        if (!guest)
        {
            user.Methods.Add(new SimMethod(MethodKind.Password, SimMethod.PasswordId, now));
        }

        if (isAdmin)
        {
            user.AssignRole(DirectoryRoleCatalog.GlobalAdministrator);
        }

        return tenant.Write(users =>
        {
            users.Add(user);
            return Summarize(user, now);
        });
    }

    /// <summary>Gives a user a built-in directory role (activating the role in the tenant if needed); false for an
    /// unknown tenant, user or role template.</summary>
    public bool AssignRole(Guid tenantId, Guid userId, string roleTemplateId)
    {
        ArgumentNullException.ThrowIfNull(roleTemplateId);
        if (DirectoryRoleCatalog.Find(roleTemplateId) is not { } role)
        {
            return false;
        }

        return FindTenant(tenantId)?.Write(users =>
        {
            if (users.Find(userId.ToString()) is not { } user)
            {
                return false;
            }

            user.AssignRole(role.TemplateId);
            return true;
        }) ?? false;
    }

    /// <summary>An admin disables or re-enables the account: the registration report leaves disabled accounts out, /users
    /// keeps them with accountEnabled false. False for an unknown tenant or user.</summary>
    public bool SetAccountEnabled(Guid tenantId, Guid userId, bool enabled) =>
        FindTenant(tenantId)?.Write(users =>
        {
            if (users.Find(userId.ToString()) is not { } user)
            {
                return false;
            }

            user.AccountEnabled = enabled;
            return true;
        }) ?? false;

    public bool RemoveUser(Guid tenantId, Guid userId) =>
        FindTenant(tenantId)?.Write(users => users.Find(userId.ToString()) is { } u && users.Remove(u)) ?? false;

    /// <summary>Users registering over time: the first <paramref name="count"/> enabled members without MFA (by id) add the Authenticator app, half also a mobile phone.</summary>
    public int RegisterUsers(Guid tenantId, int count)
    {
        var tenant = FindTenant(tenantId);
        if (tenant is null)
        {
            return 0;
        }

        var now = Time.GetUtcNow();
        return tenant.Write(users =>
        {
            var random = new Random(Options.Seed ^ count ^ users.Count);
            var registered = 0;
            foreach (var user in users.All)
            {
                if (registered == count)
                {
                    break;
                }

                if (user.IsGuest || !user.AccountEnabled || user.Methods.Exists(m => m.IsMfa))
                {
                    continue;
                }

                user.Methods.Add(MethodFactory.Authenticator(random, now));
                if (registered % 2 == 0)
                {
                    user.Methods.Add(MethodFactory.Phone("mobile", MethodFactory.MobileNumber(random), now));
                }

                user.ChooseDefaultIfMissing();
                user.LastUpdatedDateTime = now;
                registered++;
            }

            return registered;
        });
    }

    /// <summary>A user sets up the Microsoft Authenticator app; with <paramref name="preferred"/> they also make its notification
    /// their default sign-in method (as the My Sign-ins page lets them). False for an unknown tenant or user.</summary>
    public bool RegisterAuthenticator(Guid tenantId, Guid userId, bool preferred = false)
    {
        var now = Time.GetUtcNow();
        return FindTenant(tenantId)?.Write(users =>
        {
            if (users.Find(userId.ToString()) is not { } user)
            {
                return false;
            }

            user.Methods.Add(MethodFactory.Authenticator(new Random(Options.Seed ^ userId.GetHashCode() ^ user.Methods.Count), now));
            if (preferred)
            {
                user.PreferredMethod = "push";
            }

            user.ChooseDefaultIfMissing();
            user.LastUpdatedDateTime = now;
            return true;
        }) ?? false;
    }

    /// <summary>A user sets up a code-generating app (software OATH token); false for an unknown tenant or user.</summary>
    public bool RegisterSoftwareOath(Guid tenantId, Guid userId)
    {
        var now = Time.GetUtcNow();
        return FindTenant(tenantId)?.Write(users =>
        {
            if (users.Find(userId.ToString()) is not { } user)
            {
                return false;
            }

            user.Methods.Add(new SimMethod(MethodKind.SoftwareOath, Guid.NewGuid().ToString(), now));
            user.ChooseDefaultIfMissing();
            user.LastUpdatedDateTime = now;
            return true;
        }) ?? false;
    }

    /// <summary>A user adds (or, for a type they have, changes) a phone at My Sign-ins — typos included — under Graph's
    /// own phone rules; false for an unknown tenant or user or what those rules refuse.</summary>
    public bool RegisterPhone(Guid tenantId, Guid userId, string phoneType, string phoneNumber)
    {
        var now = Time.GetUtcNow();
        return FindTenant(tenantId)?.Write(users =>
        {
            if (users.Find(userId.ToString()) is not { } user)
            {
                return false;
            }

            var outcome = user.Phone(phoneType) is { } existing
                ? MethodRules.UpdatePhone(user, existing.Id, phoneNumber, phoneType, now)
                : MethodRules.AddPhone(user, phoneNumber, phoneType, now);
            return outcome.Status < 300;
        }) ?? false;
    }

    /// <summary>Back to the generated dataset: tenants, users, consent, faults, outbox and mutation log.</summary>
    public void Reset()
    {
        directory = new TenantDirectory(Options);
        outbox.Clear();
        mutations.Clear();
        Faults.Reset();
    }

    internal void RecordMail(SentMail mail) => outbox.Enqueue(mail);

    internal void RecordMutation(Guid tenantId, string method, string path, Guid? userId, string action, string? detail, string requestId) =>
        mutations.Enqueue(new MutationRecord(Interlocked.Increment(ref mutationSequence), Time.GetUtcNow(), tenantId, method, path,
            userId, action, detail, requestId));

    internal static UserSummary Summarize(SimUser user, DateTimeOffset now) =>
        new(user.Id, user.UserPrincipalName, user.DisplayName, user.IsGuest ? "Guest" : "Member", user.AccountEnabled,
            user.IsAdmin, user.PerUserMfaState, user.PreferredMethod, user.Methods.Select(m => MethodJson.ToJson(m, now, withODataType: true)).ToList(),
            [.. user.RoleTemplateIds]);
}
