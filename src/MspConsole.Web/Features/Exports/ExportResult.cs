using Microsoft.AspNetCore.Mvc;

namespace MspConsole.Web.Features.Exports;

/// <summary>Writes an export as the action's result, so result filters (headers) run before the body streams.</summary>
public sealed class ExportResult(ExportTable table, string format) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<ExportWriter>()
            .WriteAsync(context.HttpContext.Response, table, format, context.HttpContext.RequestAborted);
}
