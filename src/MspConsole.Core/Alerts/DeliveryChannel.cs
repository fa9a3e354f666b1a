namespace MspConsole.Core.Alerts;

public enum DeliveryChannel
{
    Email,
    Webhook,
}
