namespace MspConsole.Web.Features.Api;

/// <summary>How the tenant enforces MFA, as last polled; null where unknown or unavailable.</summary>
public sealed record ApiEnforcement(bool? SecurityDefaultsEnabled, int? ConditionalAccessMfaPolicies);
