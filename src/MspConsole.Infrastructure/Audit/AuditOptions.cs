namespace MspConsole.Infrastructure.Audit;

/// <summary>The "Audit" configuration section: the key of the audit chain and where its checkpoints go.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";
    public const string GeneratedKeyFileName = "audit.key";

    /// <summary>The audit key, base64 (at least 32 bytes), e.g. from an environment variable or a secret store.</summary>
    public string? Key { get; set; }

    /// <summary>A file holding the audit key in base64, e.g. a mounted secret. Used when <see cref="Key"/> is not set.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Where signed checkpoints are appended; default: audit-checkpoints in the data folder. Best on storage the
    /// database account cannot write (another volume, append-only or WORM).</summary>
    public string? CheckpointDirectory { get; set; }

    public bool HasConfiguredKey => !string.IsNullOrWhiteSpace(Key) || !string.IsNullOrWhiteSpace(KeyFile);
}
