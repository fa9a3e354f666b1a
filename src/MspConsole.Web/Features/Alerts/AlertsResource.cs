namespace MspConsole.Web.Features.Alerts;

/// <summary>Marker for the alerts page's and messages' strings (Resources/Features/Alerts/AlertsResource.{nl,fr}.resx). Keys are the English text.</summary>
public sealed class AlertsResource;
