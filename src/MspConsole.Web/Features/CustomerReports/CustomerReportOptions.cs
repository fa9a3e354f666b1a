using System.ComponentModel.DataAnnotations;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>The "CustomerReports" configuration section: when due reports are looked for and the console's public address for the mail's link.</summary>
public sealed class CustomerReportOptions
{
    public const string SectionName = "CustomerReports";

    /// <summary>UTC cron of the run that sends the reports due this week or month; each is sent once per period, so a daily run suffices.</summary>
    [Required]
    public string Cron { get; set; } = "0 6 * * *";

    /// <summary>The console's address as the MSP's staff reach it; the mail links to the tenant's page there.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
