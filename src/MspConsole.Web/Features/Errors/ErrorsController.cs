using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MspConsole.Web.Features.Errors;

/// <summary>The friendly error pages; every one shows the correlation id the logs carry.</summary>
[AllowAnonymous]
// A failed anti-forgery check re-executes here with the same POST: it must not fail the check again.
[IgnoreAntiforgeryToken]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("/error")]
    public IActionResult Error()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorViewModel(StatusCodes.Status500InternalServerError, HttpContext.TraceIdentifier));
    }

    [Route("/error/{code:int}")]
    public IActionResult Status(int code)
    {
        var statusCode = code is >= 400 and < 600 ? code : StatusCodes.Status500InternalServerError;
        Response.StatusCode = statusCode;
        return View(statusCode == StatusCodes.Status404NotFound ? "NotFound" : "Error", new ErrorViewModel(statusCode, HttpContext.TraceIdentifier));
    }
}
