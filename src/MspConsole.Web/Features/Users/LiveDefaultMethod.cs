using MspConsole.Core.Graph;

namespace MspConsole.Web.Features.Users;

/// <summary>The user's default MFA method read from Graph with the page; <paramref name="Method"/> null is none.</summary>
public sealed record LiveDefaultMethod(PreferredSecondaryMethod? Method);
