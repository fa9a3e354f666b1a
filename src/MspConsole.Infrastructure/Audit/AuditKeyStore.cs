using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MspConsole.Core.Audit;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Audit;

/// <summary>
/// The audit key: Audit:Key, else Audit:KeyFile; outside Production, with neither set, a key generated once into the
/// data folder (so the embedded default needs no set-up). Production refuses to start without a configured key.
/// </summary>
internal sealed class AuditKeyStore(IOptions<AuditOptions> options, IOptions<DatabaseOptions> database, IHostEnvironment environment)
{
    private readonly Lazy<AuditKey> key = new(() => Load(options.Value, database.Value, environment));

    public AuditKey Key => key.Value;

    private static AuditKey Load(AuditOptions options, DatabaseOptions database, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
        {
            return FromBase64(options.Key, "Audit:Key");
        }

        if (!string.IsNullOrWhiteSpace(options.KeyFile))
        {
            return FromBase64(File.ReadAllText(options.KeyFile), $"Audit:KeyFile ({options.KeyFile})");
        }

        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Audit:Key or Audit:KeyFile is required in Production: the audit chain's key must be kept outside the database.");
        }

        return FromBase64(GeneratedKey(Path.Combine(database.ResolveDataFolder(), AuditOptions.GeneratedKeyFileName)), "the generated audit key file");
    }

    private static string GeneratedKey(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a full path always has a directory.
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            try
            {
                // Two processes starting at once: the first file wins, the other reads it.
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        return File.ReadAllText(path);
    }

    private static AuditKey FromBase64(string text, string source)
    {
        try
        {
            return new AuditKey(Convert.FromBase64String(text.Trim()));
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw new InvalidOperationException($"{source} is not a base64 key of at least {AuditKey.MinimumLength} bytes.", exception);
        }
    }
}
