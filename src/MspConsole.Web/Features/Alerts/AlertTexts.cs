using MspConsole.Core.Alerts;

namespace MspConsole.Web.Features.Alerts;

/// <summary>The English names (AlertsResource keys) of the alert enums.</summary>
public static class AlertTexts
{
    public static string KindName(AlertKind kind) => kind switch
    {
        AlertKind.AdminWithoutMfa => "A new admin without MFA",
        AlertKind.ConsentProblem => "Consent lost or a permission missing",
        AlertKind.PollsFailing => "Polls failing for more than N hours",
        AlertKind.ResilientShareLow => "Resilient share below a threshold",
        _ => "A reminder batch that failed",
    };

    public static string WebhookName(WebhookFormat format) => format switch
    {
        WebhookFormat.Teams => "Microsoft Teams (workflow)",
        WebhookFormat.SignedJson => "JSON, signed (HMAC-SHA256)",
        _ => "No webhook",
    };

    public static string StatusName(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Delivered => "Delivered",
        DeliveryStatus.Failed => "Failed",
        _ => "Waiting",
    };

    public static string EventName(AlertEvent alertEvent) => alertEvent == AlertEvent.Resolved ? "Resolved" : "Fired";

    public static string ChannelName(DeliveryChannel channel) => channel == DeliveryChannel.Email ? "E-mail" : "Webhook";
}
