namespace MspConsole.Web.Features.Admin;

/// <summary>Marker for the admin pages' strings (Resources/Features/Admin/AdminResource.{nl,fr}.resx). Keys are the English text.
/// Kept apart from SharedResource so the admin feature's translations merge without touching the shared file.</summary>
public sealed class AdminResource;
