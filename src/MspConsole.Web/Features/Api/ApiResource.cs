namespace MspConsole.Web.Features.Api;

/// <summary>Marker for the API key page's strings (Resources/Features/Api/ApiResource.{nl,fr}.resx). Keys are the English text.</summary>
public sealed class ApiResource;
