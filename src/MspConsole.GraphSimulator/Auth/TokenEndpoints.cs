using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Graph;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Auth;

/// <summary>Entra's per-tenant token endpoint (client credentials) and OpenID discovery document.</summary>
internal static class TokenEndpoints
{
    private const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/{tenant}/oauth2/v2.0/token", IssueAsync);
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", Discovery);
    }

    private static async Task<IResult> IssueAsync(string tenant, HttpRequest request, SimulatorState state, TokenService tokens,
        CancellationToken cancellationToken)
    {
        var time = state.Time;
        var target = state.FindTenant(tenant);
        if (target is null)
        {
            return EntraErrors.Result(time, 400, "invalid_tenant", 90002,
                $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");
        }

        if (!request.HasFormContentType)
        {
            return EntraErrors.Result(time, 400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        string? Field(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        if (Field("grant_type") is not { Length: > 0 } grant)
        {
            return EntraErrors.Result(time, 400, "invalid_request", 900144, "The request body must contain the following parameter: 'grant_type'.");
        }

        if (grant != "client_credentials")
        {
            return EntraErrors.Result(time, 400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.");
        }

        var clientId = Field("client_id");
        if (string.IsNullOrEmpty(clientId))
        {
            return EntraErrors.Result(time, 400, "invalid_request", 900144, "The request body must contain the following parameter: 'client_id'.");
        }

        if (!string.Equals(clientId, state.Options.ClientId, StringComparison.OrdinalIgnoreCase) || !target.Consented)
        {
            return EntraErrors.Result(time, 400, "unauthorized_client", 700016,
                $"Application with identifier '{clientId}' was not found in the directory '{target.DisplayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.");
        }

        if (Field("scope") is not { Length: > 0 } scope)
        {
            return EntraErrors.Result(time, 400, "invalid_request", 70011, "The provided request must include a 'scope' input parameter.");
        }

        if (!scope.EndsWith("/.default", StringComparison.Ordinal))
        {
            return EntraErrors.Result(time, 400, "invalid_scope", 1002012,
                $"The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");
        }

        if (CheckCredential(Field("client_secret"), Field("client_assertion_type"), Field("client_assertion"), state, clientId) is { } refused)
        {
            return refused;
        }

        var token = tokens.Issue(target.Id, state.Options.ClientId, target.GrantedRoles, GraphLinks.BaseUrl(request));
        var seconds = (int)state.Options.TokenLifetime.TotalSeconds - 1;
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = token,
        });
    }

    private static IResult? CheckCredential(string? secret, string? assertionType, string? assertion, SimulatorState state, string clientId)
    {
        var time = state.Time;
        if (secret is not null)
        {
            return secret == state.Options.ClientSecret ? null : EntraErrors.Result(time, 401, "invalid_client", 7000215,
                $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{clientId}'.");
        }

        if (assertion is null)
        {
            return EntraErrors.Result(time, 401, "invalid_client", 7000218,
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
        }

        if (assertionType != JwtBearer)
        {
            return EntraErrors.Result(time, 400, "invalid_request", 50027, "Invalid client_assertion_type; expected jwt-bearer.");
        }

        // The simulator holds no certificate: it reads the assertion's claims but does not verify its signature.
        var parts = assertion.Split('.');
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(parts.Length == 3 ? parts[1] : string.Empty));
            var issuer = json.RootElement.GetProperty("iss").GetString();
            var subject = json.RootElement.GetProperty("sub").GetString();
            return string.Equals(issuer, clientId, StringComparison.OrdinalIgnoreCase) && string.Equals(subject, clientId, StringComparison.OrdinalIgnoreCase)
                ? null
                : EntraErrors.Result(time, 401, "invalid_client", 700021, "Client assertion application identifier doesn't match 'client_id' parameter.");
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return EntraErrors.Result(time, 401, "invalid_client", 50027, "JWT token is invalid or malformed.");
        }
    }

    private static IResult Discovery(string tenant, HttpRequest request, SimulatorState state)
    {
        var target = state.FindTenant(tenant);
        if (target is null)
        {
            return EntraErrors.Result(state.Time, 400, "invalid_tenant", 90002,
                $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");
        }

        var b = GraphLinks.BaseUrl(request);
        var tid = target.Id;
        return Results.Json(new JsonObject
        {
            ["token_endpoint"] = $"{b}{tid}/oauth2/v2.0/token",
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt", "client_secret_basic"),
            ["jwks_uri"] = $"{b}{tid}/discovery/v2.0/keys",
            ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
            ["subject_types_supported"] = new JsonArray("pairwise"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
            ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
            ["issuer"] = $"{b}{tid}/v2.0",
            ["request_uri_parameter_supported"] = false,
            // Graph serves UserInfo, not the login host; here both are the simulator.
            ["userinfo_endpoint"] = $"{b}oidc/userinfo",
            ["authorization_endpoint"] = $"{b}{tid}/oauth2/v2.0/authorize",
            ["device_authorization_endpoint"] = $"{b}{tid}/oauth2/v2.0/devicecode",
            ["http_logout_supported"] = true,
            ["frontchannel_logout_supported"] = true,
            ["end_session_endpoint"] = $"{b}{tid}/oauth2/v2.0/logout",
            ["claims_supported"] = new JsonArray("sub", "iss", "cloud_instance_name", "cloud_instance_host_name", "cloud_graph_host_name",
                "msgraph_host", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash",
                "c_hash", "email"),
            ["kerberos_endpoint"] = $"{b}{tid}/kerberos",
            ["tenant_region_scope"] = "EU",
            ["cloud_instance_name"] = "microsoftonline.com",
            ["cloud_graph_host_name"] = "graph.windows.net",
            ["msgraph_host"] = request.Host.ToString(),
            ["rbac_url"] = "https://pas.windows.net",
        });
    }
}
