using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Hosting;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsoleLogging();
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<MspConsoleDbContext>("database");
builder.Services.AddConsoleSecurity(builder.Configuration, builder.Environment);
builder.Services.AddConsoleUi();

var app = builder.Build();

app.UseConsoleErrorPages();
app.UseStaticFiles();
app.UseRouting();
app.UseMiddleware<CorrelationMiddleware>();
app.UseSerilogRequestLogging();
app.UseConsoleUi();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync });
app.MapControllers();

await app.RunAsync();

/// <summary>The web host's entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
