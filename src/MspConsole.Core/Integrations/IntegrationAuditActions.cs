namespace MspConsole.Core.Integrations;

/// <summary>Audit action codes of the API keys, and the role an API key acts in.</summary>
public static class IntegrationAuditActions
{
    public const string ApiKeyCreated = nameof(ApiKeyCreated);
    public const string ApiKeyUsed = nameof(ApiKeyUsed);
    public const string ApiKeyRevoked = nameof(ApiKeyRevoked);

    /// <summary>The actor role of an entry written for a request made with an API key.</summary>
    public const string ApiKeyRole = "API key";
}
