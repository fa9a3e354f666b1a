using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MspConsole.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    /// <summary>Registers <see cref="MspConsoleDbContext"/> on the provider that Database:Provider selects.</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(options => options.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(options.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is SqlServer.")
            .ValidateOnStart();

        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<MspConsoleDbContext, SqliteMspConsoleDbContext>((provider, builder) =>
                builder.UseSqlite(SqliteConnectionString(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value))
                    .AddInterceptors(Pragmas, Figures.TenantFiguresInterceptor.Instance).ConfigureWarnings(QuietHandledFailures));
        }
        else
        {
            services.AddDbContext<MspConsoleDbContext>((provider, builder) =>
                builder.UseSqlServer(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ResolveConnectionString(), ConfigureSqlServer).ConfigureWarnings(QuietHandledFailures).AddInterceptors(Figures.TenantFiguresInterceptor.Instance));
        }

        services.AddHostedService<DatabaseMigrator>();
        return services;
    }

    private static readonly SqliteConnectionPragmas Pragmas = new();

    /// <summary>EF logs every failed save and command at Error with its stack, even one the caller expects and handles (a unique
    /// key refusing a double submit). Debug here: the caller logs what it handles as one line, and what nobody handles
    /// reaches the error page or the job's failure, which log it with the stack.</summary>
    private static void QuietHandledFailures(WarningsConfigurationBuilder warnings) =>
        warnings.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug));

    internal static void ConfigureSqlServer(SqlServerDbContextOptionsBuilder sqlServer) =>
        sqlServer.EnableRetryOnFailure(maxRetryCount: 5).CommandTimeout(120);

    private static string SqliteConnectionString(DatabaseOptions options)
    {
        var connectionString = options.ResolveConnectionString();
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return connectionString;
    }
}
