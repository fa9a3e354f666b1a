using MspConsole.Core.Audit;

namespace MspConsole.Web.Features.Audit;

/// <summary>The English text (the AuditResource key) for outcomes and the CSV export's headers.</summary>
public static class AuditTexts
{
    public static IReadOnlyList<string> CsvHeaders { get; } =
    [
        "Id", "When (with UTC offset)", "Actor", "Role", "Action", "Outcome", "Tenant", "Tenant id", "Target", "Reason or ticket", "Ticket",
        "Before", "After", "Error", "Correlation id", "Graph request id", "Client IP",
    ];

    public static string Of(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "Succeeded",
        AuditOutcome.Failed => "Failed",
        AuditOutcome.Requested => "Requested",
        AuditOutcome.Approved => "Approved",
        AuditOutcome.Rejected => "Rejected",
        _ => "Expired",
    };
}
