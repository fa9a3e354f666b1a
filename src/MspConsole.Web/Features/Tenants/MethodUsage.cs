namespace MspConsole.Web.Features.Tenants;

public sealed record MethodUsage(string Name, int Users, bool CountsForMfa);
