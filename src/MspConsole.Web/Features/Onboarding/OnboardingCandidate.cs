using MspConsole.Core.Onboarding;
using MspConsole.Web.Features.AccountManagers;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>A checked tenant ready to add: its id found by discovery, its domain, and its account managers resolved.
/// <paramref name="Reactivates"/>: the tenant is in the console, offboarded, and is brought back instead of added.</summary>
public sealed record OnboardingCandidate(int Line, Guid TenantId, string Domain, TenantDraft Draft, IReadOnlyList<KnownAccountManager> Managers, bool Reactivates = false);
