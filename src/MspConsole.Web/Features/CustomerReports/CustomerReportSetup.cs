using Hangfire;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Jobs;

namespace MspConsole.Web.Features.CustomerReports;

public static class CustomerReportSetup
{
    public static IServiceCollection AddCustomerReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CustomerReportOptions>().Bind(configuration.GetSection(CustomerReportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CustomerReportComposer>();
        services.AddScoped<CustomerReportSender>();
        services.AddScoped<SendDueCustomerReportsJob>();
        services.AddScoped<SendCustomerReportJob>();
        services.AddSingleton(new RecurringSchedule((recurringJobs, provider) => recurringJobs.AddOrUpdate<SendDueCustomerReportsJob>(
            SendDueCustomerReportsJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None),
            provider.GetRequiredService<IOptions<CustomerReportOptions>>().Value.Cron,
            RecurringSchedule.Utc)));

        return services;
    }
}
