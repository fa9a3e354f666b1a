namespace MspConsole.Web.Features.Overview;

public sealed record AccountManagerOption(string ObjectId, string UserPrincipalName);
