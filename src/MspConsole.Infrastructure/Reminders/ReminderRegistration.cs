using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Infrastructure.Reminders;

public static class ReminderRegistration
{
    /// <summary>Reminder options (validated at start), the mailbox rate limiter (shared state in the database, a local queue per process), sender, campaigns and jobs.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .Bind(configuration.GetSection(ReminderOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MailboxSendLock>();
        services.AddSingleton<MailboxRateLimiter>();
        services.AddSingleton<ReminderMailRenderer>();
        services.AddSingleton<IReminderScheduler, HangfireReminderScheduler>();
        services.AddSingleton<IReminderBatchLock, HangfireReminderBatchLock>();
        services.AddScoped<ReminderCandidates>();
        services.AddScoped<ReminderSender>();
        services.AddScoped<ReminderBatchProcessor>();
        services.AddScoped<ReminderCampaignRunner>();
        services.AddScoped<ReminderRequests>();
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<SendReminderBatchJob>();
        services.AddScoped<RunDueCampaignsJob>();
        services.AddScoped<RunTenantCampaignJob>();
        return services;
    }
}
