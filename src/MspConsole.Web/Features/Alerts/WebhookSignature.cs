using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MspConsole.Web.Features.Alerts;

/// <summary>
/// The signature of a signed JSON webhook: <c>sha256=</c> + lowercase hex of HMAC-SHA256, keyed with the rule's secret
/// (its UTF-8 bytes), over <c>{timestamp}.{body}</c>, where timestamp is the <see cref="TimestampHeader"/> value (Unix
/// seconds) and body the exact bytes posted. Receivers recompute it, compare in constant time and refuse old timestamps.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-MspConsole-Signature";
    public const string TimestampHeader = "X-MspConsole-Timestamp";
    public const string DeliveryHeader = "X-MspConsole-Delivery";
    public const string EventHeader = "X-MspConsole-Event";

    public static string Sign(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var material = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), material));
    }

    public static bool Verify(string secret, string timestamp, string body, string signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }
}
