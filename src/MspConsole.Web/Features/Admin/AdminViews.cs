namespace MspConsole.Web.Features.Admin;

/// <summary>The feature's views, by path: its several controllers share this one folder.</summary>
public static class AdminViews
{
    public const string List = "~/Features/Admin/List.cshtml";
    public const string New = "~/Features/Admin/New.cshtml";
    public const string Details = "~/Features/Admin/Details.cshtml";
    public const string ConsentRejected = "~/Features/Admin/ConsentRejected.cshtml";
    public const string Import = "~/Features/Admin/Import.cshtml";
    public const string Gdap = "~/Features/Admin/Gdap.cshtml";
}
