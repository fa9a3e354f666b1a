using MspConsole.Core.Tenants;

namespace MspConsole.Web.Features.TenantSettings;

/// <summary>The editable settings of an onboarded tenant.</summary>
public sealed record TenantSettingsInput
{
    public string? Name { get; init; }

    public string? Domain { get; init; }

    public ContractOwner ContractOwner { get; init; }

    public string? CustomerItContact { get; init; }

    public string? Language { get; init; }

    public string? Tags { get; init; }

    public static TenantSettingsInput From(AdminTenantDetails tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return new()
        {
            Name = tenant.DisplayName,
            Domain = tenant.DefaultDomain,
            ContractOwner = tenant.ContractOwner,
            CustomerItContact = tenant.CustomerItContact,
            Language = tenant.Language,
            Tags = tenant.Tags,
        };
    }
}
