using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MspConsole.Infrastructure.Polling;

namespace MspConsole.Infrastructure.Actions;

public static class ActionsRegistration
{
    /// <summary>The helpdesk actions, four-eyes approvals and idempotency receipts, with validated options.</summary>
    public static IServiceCollection AddHelpdeskActions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ActionsOptions>().Bind(configuration.GetSection(ActionsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<HelpdeskActionService>();
        services.AddScoped<ApprovalService>();
        services.AddScoped<ActionReceipts>();
        // The jobs register it too; TryAdd keeps a single registration whichever comes first.
        services.TryAddScoped<UserRefresher>();
        return services;
    }
}
