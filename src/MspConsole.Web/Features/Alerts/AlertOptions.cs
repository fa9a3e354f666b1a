using System.ComponentModel.DataAnnotations;

namespace MspConsole.Web.Features.Alerts;

/// <summary>The "Alerts" configuration section.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>UTC cron of the run that evaluates every tenant: the time-based rules (polls failing) and reminder batches.</summary>
    [Required]
    public string EvaluateCron { get; set; } = "*/15 * * * *";

    /// <summary>How long a webhook may take to answer before the attempt counts as failed.</summary>
    [Range(1, 300)]
    public int WebhookTimeoutSeconds { get; set; } = 30;

    /// <summary>The console's address as the MSP's staff reach it; messages link to the tenant's page there.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
