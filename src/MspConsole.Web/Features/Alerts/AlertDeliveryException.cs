namespace MspConsole.Web.Features.Alerts;

/// <summary>An attempt to deliver an alert message failed; thrown so that Hangfire tries again.</summary>
public sealed class AlertDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
