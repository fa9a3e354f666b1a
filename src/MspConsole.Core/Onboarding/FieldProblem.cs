namespace MspConsole.Core.Onboarding;

/// <summary>What is wrong with one input field. <paramref name="Message"/> is English text with {0}-style placeholders
/// (it is also the localization key); <paramref name="Arguments"/> fill them.</summary>
public sealed record FieldProblem(string Field, string Message, IReadOnlyList<string> Arguments)
{
    public FieldProblem(string field, string message)
        : this(field, message, [])
    {
    }
}
