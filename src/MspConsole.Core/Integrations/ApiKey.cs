namespace MspConsole.Core.Integrations;

/// <summary>
/// A key for the read-only API. Only the SHA-256 hash of the secret is stored; the secret itself is shown once.
/// The scope is all tenants, or the tenants assigned to one account manager at the time of each request.
/// </summary>
public sealed class ApiKey
{
    public const int NameMaxLength = 100;
    public const int HashLength = 64;
    public const int PrefixLength = 12;
    public const int ObjectIdMaxLength = 64;
    public const int UpnMaxLength = 256;

    private ApiKey()
    {
    }

    public ApiKey(string name, string keyHash, string prefix, string? accountManagerObjectId, string? accountManagerUpn, DateTimeOffset expiresAt, string createdBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyHash);
        if (name.Trim().Length > NameMaxLength)
        {
            throw new ArgumentException($"The name is longer than {NameMaxLength} characters.", nameof(name));
        }

        if (expiresAt <= now)
        {
            throw new ArgumentException("A key must expire in the future.", nameof(expiresAt));
        }

        Id = Guid.NewGuid();
        Name = name.Trim();
        KeyHash = keyHash;
        Prefix = prefix;
        AccountManagerObjectId = string.IsNullOrWhiteSpace(accountManagerObjectId) ? null : accountManagerObjectId;
        AccountManagerUpn = AccountManagerObjectId is null ? null : accountManagerUpn;
        ExpiresAt = expiresAt;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string KeyHash { get; private set; } = "";

    /// <summary>The first characters of the key, so an admin can tell keys apart without the secret.</summary>
    public string Prefix { get; private set; } = "";

    /// <summary>Null for a key that sees all tenants.</summary>
    public string? AccountManagerObjectId { get; private set; }

    public string? AccountManagerUpn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsAllTenants => AccountManagerObjectId is null;

    public bool IsUsableAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Records a use; true when it is the first use of this UTC day (the one that is audited).</summary>
    public bool RecordUse(DateTimeOffset now)
    {
        var firstToday = LastUsedAt is not { } last || DateOnly.FromDateTime(last.UtcDateTime) != DateOnly.FromDateTime(now.UtcDateTime);
        LastUsedAt = now;
        return firstToday;
    }
}
