namespace MspConsole.Web.Features.Onboarding;

/// <summary>The feature's views, by path: its several controllers share this one folder.</summary>
public static class OnboardingViews
{
    public const string List = "~/Features/Onboarding/List.cshtml";
    public const string New = "~/Features/Onboarding/New.cshtml";
    public const string ConsentRejected = "~/Features/Onboarding/ConsentRejected.cshtml";
    public const string Import = "~/Features/Onboarding/Import.cshtml";
    public const string Gdap = "~/Features/Onboarding/Gdap.cshtml";
}
