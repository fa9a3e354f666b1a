using Serilog;

namespace MspConsole.Web.Hosting;

public static class LoggingSetup
{
    public const string FileOutputTemplate = "{Timestamp:o} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}";

    /// <summary>Serilog from the "Serilog" section (levels per source there, see the README), with console and rolling-file sinks.</summary>
    public static void AddConsoleLogging(this WebApplicationBuilder builder)
    {
        var logFolder = Path.Combine(builder.Configuration["Database:DataDirectory"] ?? "data", "logs");
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<LogInjectionEscaper>()
                .WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                .WriteTo.File(
                    Path.Combine(logFolder, "mspconsole-.log"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 31,
                    outputTemplate: FileOutputTemplate,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        });
    }
}
