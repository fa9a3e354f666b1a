namespace MspConsole.Web.Features.Api;

/// <summary>A tenant in the API: its current figures, MFA enforcement, consent and poll health.</summary>
public sealed record ApiTenant(Guid Id, string DisplayName, string DefaultDomain, string[] Tags, ApiFigures Figures, ApiEnforcement Enforcement, string Consent, ApiPollHealth PollHealth);
