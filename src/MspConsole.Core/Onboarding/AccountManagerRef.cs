namespace MspConsole.Core.Onboarding;

/// <summary>An account manager named in onboarding input. <paramref name="ObjectId"/> is null when only the UPN was given:
/// it is then looked up among the account managers the console already knows.</summary>
public sealed record AccountManagerRef(string Upn, string? ObjectId);
