namespace MspConsole.Web.Features.CustomerReports;

public sealed record CustomerReportSettingsViewModel(Guid TenantId, string TenantName, CustomerReportInput Input, IReadOnlyList<string> Errors);
