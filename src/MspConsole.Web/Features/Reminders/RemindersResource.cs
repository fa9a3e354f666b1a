namespace MspConsole.Web.Features.Reminders;

/// <summary>Marker for the reminders pages' strings (Resources/Features/Reminders/RemindersResource.{nl,fr}.resx). Keys are the English text.</summary>
public sealed class RemindersResource;
