using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// Answers an upload over the import route's request cap with the import page and the same "file too large" message a
/// smaller oversized file gets (413), instead of the anti-forgery check failing on the unreadable form and the generic
/// error page. Runs before that check (order below its 1000). A body announced up to <see cref="DrainBytes"/> is read and
/// discarded first, so the browser, still sending, gets the page rather than a reset connection; larger ones are not read.
/// </summary>
public sealed class ImportTooLargeFilter(IOptions<OnboardingOptions> options, ILogger<ImportTooLargeFilter> logger) : IAsyncAuthorizationFilter
{
    public const int Order = 950;
    private const long DrainBytes = 64L * 1_048_576;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var cap = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? TenantImportController.MaxRequestBytes;
        if (http.Request.ContentLength > cap)
        {
            await DrainAsync(http, http.Request.ContentLength.Value);
            Refuse(context, http.Request.ContentLength.Value);
            return;
        }

        try
        {
            // Read here, within the cap, so a body without a length that grows past it is caught too; MVC reuses the parsed form.
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception exception) when (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            Refuse(context, null);
        }
    }

    private static async Task DrainAsync(HttpContext http, long length)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (length > DrainBytes || limit is null || limit.IsReadOnly)
        {
            return;
        }

        limit.MaxRequestBodySize = DrainBytes;
        await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
    }

    private void Refuse(AuthorizationFilterContext context, long? length)
    {
        logger.LogWarning("Import upload refused: {Length} bytes is over the request cap", length);
        var settings = options.Value;
        var report = new ImportReport("CSV", 0, 0, 0, FileRefused: true,
            [new LineProblem(0, "", "The file is larger than {0} KB.", [(settings.ImportMaxBytes / 1024).ToString(CultureInfo.InvariantCulture)])], []);
        context.Result = new ViewResult
        {
            ViewName = OnboardingViews.Import,
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ViewData = new ViewDataDictionary<ImportViewModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary())
            {
                Model = new ImportViewModel(settings.ImportMaxBytes / 1024, settings.ImportMaxRows, report, ValidOnly: false),
            },
        };
    }
}
