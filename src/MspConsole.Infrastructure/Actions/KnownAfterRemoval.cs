using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Actions;

/// <summary>The methods and default method Graph holds after a removal that succeeded, as its answers proved them.</summary>
internal sealed record KnownAfterRemoval(IReadOnlyList<AuthenticationMethod> Methods, PreferredSecondaryMethod DefaultMethod);
