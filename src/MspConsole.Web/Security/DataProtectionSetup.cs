using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Security;

public static class DataProtectionSetup
{
    public const string ApplicationName = "MspConsole";

    /// <summary>
    /// One key ring in the database for every instance, so cookies, anti-forgery tokens and consent links survive a
    /// restart and work on any instance; encrypted with a certificate when DataProtection:CertificatePath is set.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(DataProtectionSettings.SectionName).Get<DataProtectionSettings>() ?? new DataProtectionSettings();
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<MspConsoleDbContext>();
        if (!string.IsNullOrWhiteSpace(settings.CertificatePath))
        {
            dataProtection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword));
        }

        return services;
    }
}
