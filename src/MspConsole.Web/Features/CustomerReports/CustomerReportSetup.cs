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
        if ((configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions()).ServerEnabled)
        {
            services.AddHostedService<CustomerReportSchedule>();
        }

        return services;
    }
}
