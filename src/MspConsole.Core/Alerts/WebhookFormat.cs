namespace MspConsole.Core.Alerts;

public enum WebhookFormat
{
    None,

    /// <summary>A Teams workflow ("When a Teams webhook request is received") posting an Adaptive Card.</summary>
    Teams,

    /// <summary>A JSON POST signed with HMAC-SHA256 of the timestamp and the exact body, with the rule's secret.</summary>
    SignedJson,
}
