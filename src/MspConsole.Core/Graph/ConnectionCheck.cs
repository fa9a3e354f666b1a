namespace MspConsole.Core.Graph;

/// <summary>One read made by the connection test. <paramref name="Permission"/> is the application permission it needs;
/// <paramref name="Message"/> says in plain words what was found.</summary>
public sealed record ConnectionCheck(
    string Name,
    string Permission,
    ConnectionCheckOutcome Outcome,
    string Message,
    string? RequestId = null);
