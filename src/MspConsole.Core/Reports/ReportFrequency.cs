namespace MspConsole.Core.Reports;

public enum ReportFrequency
{
    Weekly = 0,
    Monthly = 1,
}
