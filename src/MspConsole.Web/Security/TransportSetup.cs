using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MspConsole.Web.Security;

/// <summary>
/// The console behind a TLS-terminating proxy: the proxy's X-Forwarded-For/Proto are believed only from
/// ForwardedHeaders:KnownProxies / KnownNetworks (loopback by default), HSTS outside Development, and every cookie
/// (auth, anti-forgery, culture) Secure outside Development, or whenever the request came in over https.
/// </summary>
public static class TransportSetup
{
    public const string ForwardedHeadersSection = "ForwardedHeaders";

    public static CookieSecurePolicy CookieSecurePolicy(IHostEnvironment environment) =>
        environment.IsDevelopment() ? Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest : Microsoft.AspNetCore.Http.CookieSecurePolicy.Always;

    public static IServiceCollection AddConsoleTransport(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(ForwardedHeadersSection);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy(environment));
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy(environment));
        return services;
    }

    /// <summary>First in the pipeline: the request's scheme and client address must be right before anything reads them.</summary>
    public static WebApplication UseConsoleTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        return app;
    }
}
