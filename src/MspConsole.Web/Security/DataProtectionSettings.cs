namespace MspConsole.Web.Security;

/// <summary>The "DataProtection" configuration section.</summary>
public sealed class DataProtectionSettings
{
    public const string SectionName = "DataProtection";

    /// <summary>A PFX whose certificate encrypts the key ring at rest in the database (recommended outside Development).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
