using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Validates a sendMail JSON body the way Exchange does, and turns it into an outbox entry. The body must be parsed
/// case-insensitively: the Graph SDK writes the action parameters as <c>Message</c> and <c>SaveToSentItems</c>.</summary>
internal static class MailMessageReader
{
    public static (SentMail? Mail, string? Problem) Read(JsonObject body, Guid tenantId, Guid senderId, string sender, DateTimeOffset now)
    {
        try
        {
            if (body["message"] is not JsonObject message)
            {
                return (null, "The 'message' property is required.");
            }

            var to = Recipients(message["toRecipients"]);
            var cc = Recipients(message["ccRecipients"]);
            var bcc = Recipients(message["bccRecipients"]);
            if (to.Count + cc.Count + bcc.Count == 0)
            {
                return (null, "At least one recipient is required, but none were found.");
            }

            var contentType = message["body"]?["contentType"]?.GetValue<string>() ?? "Text";
            if (!contentType.Equals("Text", StringComparison.OrdinalIgnoreCase) && !contentType.Equals("HTML", StringComparison.OrdinalIgnoreCase))
            {
                return (null, $"Requested value '{contentType}' was not found for body.contentType.");
            }

            var content = message["body"]?["content"]?.GetValue<string>() ?? string.Empty;
            var subject = message["subject"]?.GetValue<string>() ?? string.Empty;
            var save = body["saveToSentItems"]?.GetValue<bool>() ?? true;
            return (new SentMail(tenantId, senderId, sender, subject, contentType, content, to, cc, bcc, save, now, null), null);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            return (null, "The request payload is not a valid message: " + e.Message);
        }
    }

    private static List<string> Recipients(JsonNode? node)
    {
        if (node is null)
        {
            return [];
        }

        var list = new List<string>();
        foreach (var item in node.AsArray())
        {
            var address = item?["emailAddress"]?["address"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(address) || !address.Contains('@', StringComparison.Ordinal))
            {
                throw new FormatException($"'{address}' is not a valid recipient address.");
            }

            list.Add(address);
        }

        return list;
    }
}
