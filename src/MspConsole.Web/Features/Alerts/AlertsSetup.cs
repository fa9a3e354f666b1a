using Hangfire;
using Microsoft.Extensions.Options;
using MspConsole.Core.Polling;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Web.Features.Alerts;

public static class AlertsSetup
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlertOptions>().Bind(configuration.GetSection(AlertOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        // No redirects: a webhook answering with one must not move the signed body to another address (or to plain http).
        services.AddHttpClient(AlertWebhookPoster.HttpClientName, (provider, client) =>
                client.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<AlertOptions>>().Value.WebhookTimeoutSeconds))
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
        services.AddSingleton(new RecurringSchedule((recurringJobs, provider) => recurringJobs.AddOrUpdate<EvaluateAlertsJob>(
            EvaluateAlertsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            provider.GetRequiredService<IOptions<AlertOptions>>().Value.EvaluateCron,
            RecurringSchedule.Utc)));

        return services;
    }
}
