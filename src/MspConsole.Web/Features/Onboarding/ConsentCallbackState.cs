namespace MspConsole.Web.Features.Onboarding;

/// <summary>A consent link's state that checked out: its tenant, and the nonce that makes the callback usable once.</summary>
public sealed record ConsentCallbackState(Guid TenantId, Guid Nonce);
