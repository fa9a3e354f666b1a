namespace MspConsole.Web.Shared;

/// <summary>Marker for the UI's shared strings (Resources/Shared/SharedResource.{nl,fr}.resx). Keys are the English text.</summary>
public sealed class SharedResource;
