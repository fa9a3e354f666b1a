using System.ComponentModel.DataAnnotations;

namespace MspConsole.Web.Features.Api;

/// <summary>The read-only API's settings (section <c>Api</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>Requests each key may make per minute; past it the API answers 429 with Retry-After.</summary>
    [Range(1, 100_000)]
    public int RequestsPerMinute { get; set; } = 120;

    [Range(1, 5000)]
    public int MaxPageSize { get; set; } = 1000;
}
