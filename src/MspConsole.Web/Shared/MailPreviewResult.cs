using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace MspConsole.Web.Shared;

/// <summary>A mail's HTML, served for the preview frame of the page that shows it.</summary>
public sealed class MailPreviewResult(string html) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        // Set here, after the console's own header filter: this document may be framed by the console and nothing else.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";
        response.ContentType = "text/html; charset=utf-8";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.HttpContext.RequestAborted);
    }
}
