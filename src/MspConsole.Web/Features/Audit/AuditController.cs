using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MspConsole.Web.Features.Exports;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Audit;

/// <summary>The audit log: read-only by design (there is no route that edits or deletes an entry). Every role, in scope.</summary>
public sealed class AuditController(AuditQueries queries, TenantScopeResolver scopes, IStringLocalizer<AuditResource> text) : Controller
{
    [HttpGet("/audit")]
    public async Task<IActionResult> Index([FromQuery] AuditInput input)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var scope = await scopes.ResolveAsync(User, cancellationToken);
        return View(await queries.PageAsync(scope, input, cancellationToken));
    }

    [HttpGet("/audit/export.csv")]
    public async Task<IActionResult> Export([FromQuery] AuditInput input)
    {
        var scope = await scopes.ResolveAsync(User, HttpContext.RequestAborted);
        string[] headers = [.. AuditTexts.CsvHeaders.Select(header => text[header].Value)];
        // ExportWriter neutralises cells a spreadsheet would run as formulas (see SpreadsheetSafety).
        var rows = queries.StreamAsync(scope, input with { Before = null }).Select(row => new object?[]
        {
            row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), row.OccurredAt, row.ActorUpn, row.ActorRole, row.Action, text[AuditTexts.Of(row.Outcome)].Value,
            row.TenantName, row.TenantId?.ToString(), row.TargetUpn, row.Reason, row.TicketReference, row.Before, row.After, row.Error,
            row.CorrelationId, row.GraphRequestId, row.ClientIp,
        });
        return new ExportResult(new ExportTable("audit-log", text["Audit log"], headers, rows), ExportWriter.Csv);
    }
}
