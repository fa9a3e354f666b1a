namespace MspConsole.Web.Features.Onboarding;

/// <summary>A connection test in the admin's language, small enough to carry across a redirect in TempData.</summary>
public sealed record ConnectionReport(bool Ready, string Summary, IReadOnlyList<ConnectionLine> Lines);
