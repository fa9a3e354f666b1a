namespace MspConsole.Web.Features.Onboarding;

/// <summary>What an import check or import found and did. Nothing is written unless <see cref="Imported"/> &gt; 0.</summary>
public sealed record ImportReport(
    string Source,
    int Rows,
    int Valid,
    int Imported,
    bool FileRefused,
    IReadOnlyList<LineProblem> Problems,
    IReadOnlyList<OnboardingCandidate> Preview)
{
    public const int PreviewMax = 200;

    public bool IsClean => Problems.Count == 0;
}
