namespace MspConsole.Web.Features.Alerts;

public sealed record AlertTenantChoice(Guid Id, string Name);
