using Microsoft.AspNetCore.Http;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Absolute URLs built from the request, so links work on whatever port the simulator runs.</summary>
internal static class GraphLinks
{
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>"v1.0" or "beta", from the request path.</summary>
    public static string Version(HttpRequest request) =>
        request.Path.StartsWithSegments("/beta", StringComparison.OrdinalIgnoreCase) ? "beta" : "v1.0";

    public static string Context(HttpRequest request, string fragment) =>
        $"{BaseUrl(request)}{Version(request)}/$metadata#{fragment}";
}
