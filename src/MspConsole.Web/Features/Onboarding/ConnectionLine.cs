namespace MspConsole.Web.Features.Onboarding;

/// <summary>One line of a connection test: what was checked, whether it is fine, and what to do; <paramref name="Detail"/> is
/// Microsoft's own (English) error text, shown apart from the translated sentence.</summary>
public sealed record ConnectionLine(string Check, string Outcome, bool Fine, string Text, string? RequestId, string? Detail = null);
