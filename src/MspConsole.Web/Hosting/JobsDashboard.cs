using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Hosting;

public static class JobsDashboard
{
    /// <summary>The Hangfire dashboard at Jobs:DashboardPath, for signed-in users in <paramref name="role"/> only.</summary>
    public static void MapJobsDashboard(this WebApplication app, string role)
    {
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        app.UseWhen(context => context.Request.Path.StartsWithSegments(options.DashboardPath), dashboard => dashboard.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response.Headers);
            return next(context);
        }));
        app.UseHangfireDashboard(options.DashboardPath, new DashboardOptions
        {
            Authorization = [new RoleDashboardFilter(role)],
            DisplayStorageConnectionString = false,
            DashboardTitle = "MspConsole jobs",
        });
    }

    private sealed class RoleDashboardFilter(string role) : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(role);
    }
}
