namespace MspConsole.Core.Alerts;

public enum DeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>The last attempt failed; Hangfire tries again with back-off until its attempts run out.</summary>
    Failed,
}
