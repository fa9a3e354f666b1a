using System.ComponentModel.DataAnnotations;

namespace MspConsole.Web.Shared;

/// <summary>Section "Display": the MSP's time zone, in which every page, filter and export shows time (an IANA or Windows id).</summary>
public sealed class DisplayOptions
{
    public const string Section = "Display";

    [Required]
    public string TimeZone { get; set; } = "Europe/Brussels";
}
