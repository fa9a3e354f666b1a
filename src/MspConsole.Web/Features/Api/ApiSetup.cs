using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MspConsole.Web.Features.Api;

public static class ApiSetup
{
    /// <summary>The API key scheme and policy (the cookie never authenticates the API), the per-key rate limit and the OpenAPI document.</summary>
    public static IServiceCollection AddConsoleApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyClaims.Scheme, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyClaims.Policy, policy => policy
            .AddAuthenticationSchemes(ApiKeyClaims.Scheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiKeyClaims.KeyId));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(ApiKeyClaims.RateLimitPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.User.FindFirst(ApiKeyClaims.KeyId)?.Value ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests for this API key.").ExecuteAsync(http);
            };
        });
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiKeySecurityScheme>();
        });
        return services;
    }

    /// <summary>After authorization, so the rate limiter partitions by the authenticated key.</summary>
    public static WebApplication UseConsoleApi(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapOpenApi().AllowAnonymous();
        app.MapConsoleApiV1();
        return app;
    }
}
