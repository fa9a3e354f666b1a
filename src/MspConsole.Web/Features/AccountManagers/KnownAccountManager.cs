namespace MspConsole.Web.Features.AccountManagers;

public sealed record KnownAccountManager(string ObjectId, string Upn);
