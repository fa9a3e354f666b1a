using MspConsole.Infrastructure;
using MspConsole.Infrastructure.Jobs;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.Actions;
using MspConsole.Web.Features.Alerts;
using MspConsole.Web.Features.Api;
using MspConsole.Web.Features.Audit;
using MspConsole.Web.Features.CustomerReports;
using MspConsole.Web.Features.Figures;
using MspConsole.Web.Hosting;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;
using Serilog;

if (AuditVerifyCommand.IsRequested(args))
{
    Environment.ExitCode = await AuditVerifyCommand.RunAsync(args, Console.Out);
    return;
}

if (FiguresCommand.IsRequested(args))
{
    Environment.ExitCode = await FiguresCommand.RunAsync(args, Console.Out);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddConsoleLogging();
builder.Services.AddEmbeddedSimulator(builder.Configuration);
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddDemoTenants();

builder.Services.AddHealthChecks()
    .AddDbContextCheck<MspConsoleDbContext>("database")
    .AddCheck<JobStorageHealthCheck>("jobs");
builder.Services.AddConsoleSecurity(builder.Configuration, builder.Environment);
builder.Services.AddConsoleUi();
builder.Services.AddTenantAdministration(builder.Configuration);
builder.Services.AddActionPages();
builder.Services.AddConsoleApi(builder.Configuration);
builder.Services.AddCustomerReports(builder.Configuration);
builder.Services.AddAlerts(builder.Configuration);

var app = builder.Build();

app.UseConsoleTransport();
app.UseConsoleErrorPages();
app.UseStaticFiles();
app.UseRouting();
app.UseMiddleware<CorrelationMiddleware>();
app.UseSerilogRequestLogging();
app.UseConsoleUi();
app.UseConsoleApi();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync });
app.MapJobsDashboard(Roles.Admin);
app.MapControllers();

await app.RunAsync();

/// <summary>The web host's entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
