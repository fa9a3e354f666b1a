namespace MspConsole.Web.Features.Audit;

public sealed record AuditTenantOption(Guid Id, string DisplayName);
