using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Auth;

/// <summary>Issues and checks JWT-shaped app-only access tokens (HS256 with a per-host key; claims as Entra's v1 Graph tokens).</summary>
internal sealed class TokenService(SimulatorState state)
{
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public string Issue(Guid tenantId, string appId, IReadOnlyList<string> roles, string baseUrl)
    {
        var now = state.Time.GetUtcNow();
        var expires = now + state.Options.TokenLifetime;
        var payload = new JsonObject
        {
            ["aud"] = "https://graph.microsoft.com",
            ["iss"] = $"{baseUrl}{tenantId}/",
            ["iat"] = now.ToUnixTimeSeconds(),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["appid"] = appId,
            ["azp"] = appId,
            ["idtyp"] = "app",
            ["oid"] = ServicePrincipalId(tenantId, appId).ToString(),
            ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["sub"] = ServicePrincipalId(tenantId, appId).ToString(),
            ["tid"] = tenantId.ToString(),
            ["ver"] = "1.0",
        };
        var body = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return $"{Header}.{body}.{Sign(Header + "." + body)}";
    }

    /// <summary>The token's claims if it is ours, intact and unexpired; otherwise null.</summary>
    public AccessTokenClaims? Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(parts[0] + "." + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = json.RootElement;
            var expires = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            if (expires <= state.Time.GetUtcNow())
            {
                return null;
            }

            var roles = root.GetProperty("roles").EnumerateArray().Select(r => r.GetString() ?? string.Empty).ToList();
            return new AccessTokenClaims(Guid.Parse(root.GetProperty("tid").GetString() ?? string.Empty),
                root.GetProperty("appid").GetString() ?? string.Empty, roles, expires);
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Guid ServicePrincipalId(Guid tenantId, string appId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(tenantId + "/" + appId));
        return new Guid(hash.AsSpan(0, 16));
    }

    private string Sign(string input) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(state.TokenKey, Encoding.ASCII.GetBytes(input)));
}
