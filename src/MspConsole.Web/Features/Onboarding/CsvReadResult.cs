using MspConsole.Core.Onboarding;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>The rows of an import file with their line numbers, or the reasons the file as a whole was refused.</summary>
public sealed record CsvReadResult(IReadOnlyList<(int Line, RawTenantFields Fields)> Rows, IReadOnlyList<LineProblem> Problems);
