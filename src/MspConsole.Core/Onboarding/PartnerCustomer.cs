namespace MspConsole.Core.Onboarding;

/// <summary>A customer the MSP has a GDAP relationship with (delegatedAdminCustomers): a candidate for onboarding.</summary>
public sealed record PartnerCustomer(Guid TenantId, string DisplayName);
