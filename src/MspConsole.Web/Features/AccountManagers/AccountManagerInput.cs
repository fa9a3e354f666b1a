namespace MspConsole.Web.Features.AccountManagers;

/// <summary>Assign: a known manager by object id, or a new one by UPN and object id.</summary>
public sealed record AccountManagerInput(string? ObjectId, string? Upn);
