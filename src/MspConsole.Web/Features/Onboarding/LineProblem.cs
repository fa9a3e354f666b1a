namespace MspConsole.Web.Features.Onboarding;

/// <summary>One thing wrong with one input line (a CSV row, or line 1 for the form). Line 0 is the file as a whole.</summary>
public sealed record LineProblem(int Line, string Field, string Message, IReadOnlyList<string> Arguments);
