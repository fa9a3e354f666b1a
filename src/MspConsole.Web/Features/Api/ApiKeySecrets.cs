using System.Security.Cryptography;
using System.Text;
using MspConsole.Core.Integrations;

namespace MspConsole.Web.Features.Api;

/// <summary>New API key secrets (256 random bits) and their stored form: a SHA-256 hash, enough for a secret this strong.</summary>
public static class ApiKeySecrets
{
    private const string Marker = "mspk_";

    public static string NewSecret() => Marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret.Length <= ApiKey.PrefixLength ? secret : secret[..ApiKey.PrefixLength];

    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
