namespace MspConsole.Web.Features.TenantSettings;

/// <summary>Offboarding needs the tenant's domain typed as confirmation.</summary>
public sealed record OffboardInput(OffboardMode Mode, string? Confirmation);
