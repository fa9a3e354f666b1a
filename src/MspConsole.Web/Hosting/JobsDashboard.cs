using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
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
        // Hangfire answers a refused request with a bare 401. A person who is not signed in is sent to sign in instead,
        // and a signed-in user without the role gets the console's 403; the filter below stays as the dashboard's own check.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(options.DashboardPath), branch => branch.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response.Headers);
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
            }
            else if (!context.User.IsInRole(role))
            {
                await context.ForbidAsync();
            }
            else
            {
                await next(context);
            }
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
