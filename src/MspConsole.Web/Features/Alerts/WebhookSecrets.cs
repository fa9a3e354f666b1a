using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// A signed webhook's secret: made by the console (32 random bytes), shown once when the rule is created, and stored
/// protected with ASP.NET Data Protection (the key ring the database shares between instances), because every delivery
/// needs it in clear to sign.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector protector = protection.CreateProtector("MspConsole.Alerts.WebhookSecret.v1");

    public static string NewSecret() => "whsec_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
