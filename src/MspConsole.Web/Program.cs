using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Hosting;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsoleLogging();
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<MspConsoleDbContext>("database");
builder.Services.AddControllersWithViews();

var app = builder.Build();

app.UseRouting();
app.UseMiddleware<CorrelationMiddleware>();
app.UseSerilogRequestLogging();
app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponseWriter.WriteAsync });

await app.RunAsync();

/// <summary>The web host's entry point; public for WebApplicationFactory in tests.</summary>
public partial class Program;
