using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Authorization;
using Microsoft.AspNetCore.Mvc.Razor;
using MspConsole.Web.Features.Audit;
using MspConsole.Web.Features.Exports;
using MspConsole.Web.Features.Overview;
using MspConsole.Web.Features.Reminders;
using MspConsole.Web.Features.Search;
using MspConsole.Web.Features.Tenants;
using MspConsole.Web.Features.Users;
using MspConsole.Web.Security;

namespace MspConsole.Web.Shared;

public static class UiSetup
{
    /// <summary>MVC with feature folders, global anti-forgery and authorization, localization (nl/fr/en, Belgium) and the page queries.</summary>
    public static IServiceCollection AddConsoleUi(this IServiceCollection services)
    {
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Every page needs a console role unless it says [AllowAnonymous] (sign-in, errors, language).
                options.Filters.Add(new AuthorizeFilter(Policies.Viewer));
                options.Filters.Add(new SecurityHeadersFilter());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiCultures.CultureInfos();
            options.DefaultRequestCulture = new RequestCulture(UiCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // ?culture= (the customer report in the tenant's language), the cookie (the switcher), then the browser's Accept-Language, then Dutch.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider(), new LanguageOnlyAcceptLanguageProvider()];
        });
        services.AddAntiforgery(options => options.Cookie.Name = "MspConsole.Antiforgery");
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<OverviewQueries>();
        services.AddScoped<TenantQueries>();
        services.AddScoped<TenantUserQueries>();
        services.AddScoped<UserQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<ExportWriter>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<ReminderBatchQueries>();
        return services;
    }

    public static WebApplication UseConsoleErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }

    public static WebApplication UseConsoleUi(this WebApplication app)
    {
        DisplayTime.Use(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MspConsole.Infrastructure.DisplayOptions>>().Value.Zone);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
