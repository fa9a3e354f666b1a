namespace MspConsole.Web.Features.Audit;

public sealed record AuditPage(AuditInput Input, IReadOnlyList<AuditLogRow> Rows, long? NextBefore, IReadOnlyList<AuditTenantOption> Tenants);
