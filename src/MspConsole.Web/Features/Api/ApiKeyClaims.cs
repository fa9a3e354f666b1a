namespace MspConsole.Web.Features.Api;

/// <summary>The API's authentication scheme, policy and the claims an API key principal carries.</summary>
public static class ApiKeyClaims
{
    public const string Scheme = "ApiKey";
    public const string Policy = "ApiKey";
    public const string RateLimitPolicy = "ApiKeyRate";
    public const string KeyId = "api_key_id";
    public const string KeyName = "api_key_name";

    /// <summary>The actor role of an audit entry written for a request made with an API key.</summary>
    public const string AuditRole = "API key";

    /// <summary>Present only on a key scoped to one account manager's tenants.</summary>
    public const string AccountManager = "api_key_account_manager";
}
