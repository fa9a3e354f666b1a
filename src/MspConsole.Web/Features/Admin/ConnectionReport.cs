namespace MspConsole.Web.Features.Admin;

/// <summary>A connection test in the admin's language, small enough to carry across a redirect in TempData.</summary>
public sealed record ConnectionReport(bool Ready, string Summary, IReadOnlyList<ConnectionLine> Lines);

/// <summary>One line of a connection test: what was checked, whether it is fine, and what to do; <paramref name="Detail"/> is
/// Microsoft's own (English) error text, shown apart from the translated sentence.</summary>
public sealed record ConnectionLine(string Check, string Outcome, bool Fine, string Text, string? RequestId, string? Detail = null);
