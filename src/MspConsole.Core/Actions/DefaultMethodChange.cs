using MspConsole.Core.Graph;

namespace MspConsole.Core.Actions;

/// <summary>
/// What removing methods does to the user's default MFA method. <paramref name="To"/> is null when no remaining method
/// can be a default (nothing is switched; Entra leaves the user without one).
/// </summary>
public sealed record DefaultMethodChange(PreferredSecondaryMethod From, PreferredSecondaryMethod? To);
