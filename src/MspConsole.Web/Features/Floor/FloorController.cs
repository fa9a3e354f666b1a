using Microsoft.AspNetCore.Mvc;

namespace MspConsole.Web.Features.Floor;

/// <summary>
/// The floor page: signed in, the console's layout, no data. What the framework alone costs per page (routing, sign-in,
/// authorization, the layout's rendering and localization); the dashboard benchmark measures every page against it.
/// </summary>
[Route("floor")]
public sealed class FloorController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
