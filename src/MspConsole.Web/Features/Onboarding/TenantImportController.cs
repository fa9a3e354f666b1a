using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>Import tenants from a CSV file: check first, import when clean, or the valid rows only when asked.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("admin/import")]
public sealed class TenantImportController(TenantImport import, IOptions<OnboardingOptions> options) : Controller
{
    /// <summary>The hard cap on the request; the configured (smaller) file limit is checked while reading.</summary>
    public const long MaxRequestBytes = 11L * 1_048_576;

    [HttpGet("")]
    public IActionResult Index() => View(OnboardingViews.Import, Model(null, false));

    [HttpGet("template.csv")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TenantCsvReader.Template())).ToArray(), "text/csv", "tenants-template.csv");

    [HttpPost("")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [TypeFilter<ImportTooLargeFilter>(Order = ImportTooLargeFilter.Order)]
    public async Task<IActionResult> Upload(IFormFile? file, string? mode, bool validOnly)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (file is null || file.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(OnboardingViews.Import, Model(new ImportReport("CSV", 0, 0, 0, true, [new LineProblem(0, "", "Choose a CSV file.", [])], []), validOnly));
        }

        var content = await ReadCappedAsync(file, options.Value.ImportMaxBytes, cancellationToken);
        var fileName = Path.GetFileName(file.FileName);
        fileName = fileName.Length > 100 ? fileName[..100] : fileName;
        ImportReport report;
        try
        {
            report = await import.RunAsync(content, fileName, import: mode == "import", validOnly, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A tenant of the file was added by someone else between the check and the write; the whole file was rolled back.
            report = new ImportReport(fileName, 0, 0, 0, false,
                [new LineProblem(0, "", "Someone added one of these tenants a moment ago; nothing of the file was written. Check the file again.", [])], []);
        }

        if (report.Imported == 0 && !report.IsClean)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return View(OnboardingViews.Import, Model(report, validOnly));
    }

    /// <summary>Reads at most one byte past the limit, so an oversized file is refused without being held in memory.</summary>
    private static async Task<byte[]> ReadCappedAsync(IFormFile file, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var buffer = new byte[Math.Min(file.Length, maxBytes + 1L)];
        var read = 0;
        while (read < buffer.Length)
        {
            var count = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        return read == buffer.Length ? buffer : buffer[..read];
    }

    private ImportViewModel Model(ImportReport? report, bool validOnly) =>
        new(options.Value.ImportMaxBytes / 1024, options.Value.ImportMaxRows, report, validOnly);
}
