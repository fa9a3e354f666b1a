using MspConsole.Core.Reports;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>One rendered report mail, with the figures it carries (stored as sent).</summary>
public sealed record CustomerReportMail(string Culture, string Subject, string Html, ReportFigures Figures);
