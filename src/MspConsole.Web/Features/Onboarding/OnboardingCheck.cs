namespace MspConsole.Web.Features.Onboarding;

/// <summary>The outcome of checking onboarding input: rows that may be added, and every problem by line.</summary>
public sealed record OnboardingCheck(int Rows, IReadOnlyList<OnboardingCandidate> Valid, IReadOnlyList<LineProblem> Problems)
{
    public bool IsClean => Problems.Count == 0;
}
