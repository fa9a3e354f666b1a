namespace MspConsole.Core.Tenants;

/// <summary>An account manager (an Entra user of the MSP) who may see one tenant.</summary>
public sealed class AccountManagerAssignment
{
    public const int ObjectIdMaxLength = 64;
    public const int UpnMaxLength = 256;

    private AccountManagerAssignment()
    {
    }

    public AccountManagerAssignment(Guid tenantId, string accountManagerObjectId, string accountManagerUpn, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountManagerObjectId);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountManagerUpn);
        TenantId = tenantId;
        AccountManagerObjectId = accountManagerObjectId;
        AccountManagerUpn = accountManagerUpn;
        AssignedAt = now;
    }

    public Guid TenantId { get; private set; }

    public string AccountManagerObjectId { get; private set; } = "";

    public string AccountManagerUpn { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }
}
