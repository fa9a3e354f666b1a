namespace MspConsole.Web.Features.Admin;

public sealed record KnownAccountManager(string ObjectId, string Upn);
