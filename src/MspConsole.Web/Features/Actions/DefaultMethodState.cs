using MspConsole.Core.Graph;

namespace MspConsole.Web.Features.Actions;

/// <summary>The user's default MFA method as read from Graph for the confirmation step; <paramref name="Current"/> null is none.</summary>
public sealed record DefaultMethodState(PreferredSecondaryMethod? Current);
