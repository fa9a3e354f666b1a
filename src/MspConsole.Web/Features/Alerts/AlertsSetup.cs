using MspConsole.Core.Polling;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Web.Features.Alerts;

public static class AlertsSetup
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var timeout = (configuration.GetSection(AlertOptions.SectionName).Get<AlertOptions>() ?? new AlertOptions()).WebhookTimeoutSeconds;
        // No redirects: a webhook answering with one must not move the signed body to another address (or to plain http).
        services.AddHttpClient(AlertWebhookPoster.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(timeout))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddScoped<AlertConditions>();
        services.AddScoped<AlertEvaluator>();
        services.AddScoped<IPollCompletionHandler, AlertPollCompletion>();
        services.AddScoped<AlertMessageComposer>();
        services.AddScoped<AlertDeliverer>();
        services.AddScoped<AlertMailSender>();
        services.AddScoped<AlertWebhookPoster>();
        services.AddScoped<AlertQueries>();
        services.AddScoped<AlertRuleValidator>();
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<DeliverAlertJob>();
        services.AddScoped<EvaluateAlertsJob>();
        if ((configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions()).ServerEnabled)
        {
            services.AddHostedService<AlertSchedule>();
        }

        return services;
    }
}
