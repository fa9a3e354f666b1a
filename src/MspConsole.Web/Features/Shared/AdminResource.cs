namespace MspConsole.Web.Features.Shared;

/// <summary>Marker for the admin pages' strings (Resources/Features/Shared/AdminResource.{nl,fr}.resx). Keys are the English text.
/// One resource for the three admin features (Onboarding, TenantSettings, AccountManagers): their pages share most texts
/// (consent and polling states, field labels, languages), which one file keeps translated once.
/// Kept apart from SharedResource so the admin translations merge without touching the shared file.</summary>
public sealed class AdminResource;
