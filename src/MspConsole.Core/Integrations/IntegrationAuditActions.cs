namespace MspConsole.Core.Integrations;

/// <summary>Audit action codes of the API keys.</summary>
public static class IntegrationAuditActions
{
    public const string ApiKeyCreated = nameof(ApiKeyCreated);
    public const string ApiKeyUsed = nameof(ApiKeyUsed);
    public const string ApiKeyRevoked = nameof(ApiKeyRevoked);
}
