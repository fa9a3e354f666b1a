namespace MspConsole.Web.Features.Audit;

/// <summary>Marker for the audit page's strings and CSV headers (Resources/Features/Audit/AuditResource.{nl,fr}.resx). Keys are the English text.</summary>
public sealed class AuditResource;
