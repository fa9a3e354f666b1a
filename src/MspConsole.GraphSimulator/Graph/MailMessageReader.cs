using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Validates a sendMail JSON body the way Exchange does, and turns it into an outbox entry. Graph's reader is lenient, and
/// so is this one, in the ways Microsoft's own examples rely on: parameter names in any case (the Graph SDK writes
/// <c>Message</c> and <c>SaveToSentItems</c>), a boolean written as a string (<c>"saveToSentItems": "false"</c>), and the
/// message's properties at the top level without the <c>message</c> wrapper. Properties it does not model (attachments,
/// internetMessageHeaders, flag, …) are accepted and ignored.</summary>
internal static class MailMessageReader
{
    public static (SentMail? Mail, string? Problem) Read(JsonObject body, Guid tenantId, Guid senderId, string sender, DateTimeOffset now)
    {
        try
        {
            var message = body["message"] switch
            {
                JsonObject wrapped => wrapped,
                null when body.ContainsKey("toRecipients") || body.ContainsKey("ccRecipients") || body.ContainsKey("bccRecipients") => body,
                _ => null,
            };
            if (message is null)
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
            var save = Boolean(body["saveToSentItems"]) ?? true;
            return (new SentMail(tenantId, senderId, sender, subject, contentType, content, to, cc, bcc, save, now, null), null);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            return (null, "The request payload is not a valid message: " + e.Message);
        }
    }

    /// <summary>true/false as JSON booleans or as strings in any case; anything else is refused as Graph refuses it.</summary>
    private static bool? Boolean(JsonNode? node) => node?.GetValueKind() switch
    {
        null or System.Text.Json.JsonValueKind.Null => null,
        System.Text.Json.JsonValueKind.True => true,
        System.Text.Json.JsonValueKind.False => false,
        System.Text.Json.JsonValueKind.String when bool.TryParse(node.GetValue<string>(), out var parsed) => parsed,
        _ => throw new FormatException($"Cannot convert the literal '{node.ToJsonString()}' to the expected type 'Edm.Boolean'."),
    };

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
