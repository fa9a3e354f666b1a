namespace MspConsole.Core.Alerts;

public enum AlertEvent
{
    Fired,
    Resolved,
}
