namespace MspConsole.Web.Features.CustomerReports;

public sealed record CustomerReportPreviewViewModel(Guid TenantId, string TenantName, IReadOnlyList<string> Recipients, CustomerReportMail Mail);
