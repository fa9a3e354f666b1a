using System.Net.Mail;
using MspConsole.Core.Reports;

namespace MspConsole.Web.Features.CustomerReports;

/// <summary>The settings form: the opt-in, how often and to whom (addresses separated by new lines, commas or semicolons).</summary>
public sealed class CustomerReportInput
{
    public const int MaxRecipients = 10;
    public const string InvalidAddress = "Not a valid e-mail address: {0}";
    public const string NoRecipients = "Name at least one recipient to send the report.";
    public const string TooManyRecipients = "At most 10 recipients.";

    public bool Enabled { get; set; }

    public ReportFrequency Frequency { get; set; } = ReportFrequency.Monthly;

    public string? Recipients { get; set; }

    /// <summary>A method, not a property: the model binder would try to bind a property.</summary>
    public IReadOnlyList<string> Addresses() =>
        (Recipients ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static CustomerReportInput From(CustomerReportSubscription subscription) => new()
    {
        Enabled = subscription.Enabled,
        Frequency = subscription.Frequency,
        Recipients = string.Join("\n", subscription.RecipientList),
    };

    /// <summary>Problems as (resource key, argument) pairs; empty when the input can be saved.</summary>
    public IReadOnlyList<(string Key, string? Argument)> Problems()
    {
        var problems = new List<(string, string?)>();
        foreach (var address in Addresses())
        {
            // MailAddress also accepts "Name <a@b>"; only a bare address is kept.
            if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || address.Length > 254)
            {
                problems.Add((InvalidAddress, address));
            }
        }

        if (Enabled && Addresses().Count == 0)
        {
            problems.Add((NoRecipients, null));
        }

        if (Addresses().Count > MaxRecipients)
        {
            problems.Add((TooManyRecipients, null));
        }

        return problems;
    }
}
