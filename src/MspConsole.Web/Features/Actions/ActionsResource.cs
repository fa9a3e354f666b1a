namespace MspConsole.Web.Features.Actions;

/// <summary>Marker for the actions' strings (Resources/Features/Actions/ActionsResource.{nl,fr}.resx). Keys are the English text.</summary>
public sealed class ActionsResource;
