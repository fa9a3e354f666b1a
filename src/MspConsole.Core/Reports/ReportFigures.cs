namespace MspConsole.Core.Reports;

/// <summary>The headline figures a report mail carries; what was sent is kept to show the change in the next one.</summary>
public sealed record ReportFigures(int Users, int Resilient, int NeedAction, int AdminsWithoutMfa);
