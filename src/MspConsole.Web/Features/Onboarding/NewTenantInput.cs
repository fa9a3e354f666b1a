using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.Web.Features.AccountManagers;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>The "add a tenant" form. Account managers: known ones ticked by object id, plus optionally a new one.</summary>
public sealed record NewTenantInput
{
    public string? Domain { get; init; }

    public string? TenantId { get; init; }

    public string? Name { get; init; }

    public ContractOwner ContractOwner { get; init; } = ContractOwner.Msp;

    public string? CustomerItContact { get; init; }

    public string Language { get; init; } = SupportedLanguage.Dutch;

    public string? Tags { get; init; }

    public string[] Managers { get; init; } = [];

    public string? NewManagerUpn { get; init; }

    public string? NewManagerObjectId { get; init; }

    public RawTenantFields ToRaw(IReadOnlyList<KnownAccountManager> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var managers = known.Where(k => Managers.Contains(k.ObjectId, StringComparer.OrdinalIgnoreCase)).Select(k => $"{k.Upn}|{k.ObjectId}").ToList();
        if (!string.IsNullOrWhiteSpace(NewManagerUpn))
        {
            managers.Add(string.IsNullOrWhiteSpace(NewManagerObjectId) ? NewManagerUpn.Trim() : $"{NewManagerUpn.Trim()}|{NewManagerObjectId.Trim()}");
        }

        return new RawTenantFields(Domain, TenantId, Name, ContractOwner.ToString(), CustomerItContact, Language, Tags, string.Join(';', managers));
    }
}
