using System.Security.Cryptography;
using System.Text;

namespace MspConsole.Core.Audit;

/// <summary>
/// The secret that keys the audit chain. Kept outside the database, so someone who can only write to the database
/// cannot compute a valid hash for an edited, inserted or recomputed entry, nor a valid checkpoint.
/// Entry hashes and checkpoint signatures use separate keys derived from it.
/// </summary>
public sealed class AuditKey
{
    public const int MinimumLength = 32;
    private readonly byte[] entryKey;
    private readonly byte[] checkpointKey;

    public AuditKey(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinimumLength)
        {
            throw new ArgumentException($"The audit key must be at least {MinimumLength} bytes.", nameof(secret));
        }

        entryKey = HMACSHA256.HashData(secret, "mspconsole-audit-entry"u8);
        checkpointKey = HMACSHA256.HashData(secret, "mspconsole-audit-checkpoint"u8);
    }

    public string EntryMac(string canonicalContent) => Mac(entryKey, canonicalContent);

    public string CheckpointMac(string canonicalContent) => Mac(checkpointKey, canonicalContent);

    private static string Mac(byte[] key, string content) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(content)));
}
