namespace MspConsole.Core.Graph;

/// <summary>The outcome of an onboarding connection test. <paramref name="TokenFailure"/> is set when no token
/// could be acquired (then every check is skipped).</summary>
public sealed record ConnectionTestResult(
    Guid TenantId,
    GraphFailureKind? TokenFailure,
    string? TokenFailureMessage,
    IReadOnlyList<ConnectionCheck> Checks)
{
    /// <summary>True when polling can work: a token, and every check fine or merely degraded.</summary>
    public bool IsReady => TokenFailure is null
        && Checks.All(c => c.Outcome is ConnectionCheckOutcome.Ok or ConnectionCheckOutcome.Degraded);

    /// <summary>False when the tenant lacks Entra ID P1, so polling must use the per-user fallback.</summary>
    public bool RegistrationReportAvailable => TokenFailure is null
        && Checks.Any(c => c.Name == ConnectionCheckNames.RegistrationReport && c.Outcome == ConnectionCheckOutcome.Ok);

    public IReadOnlyList<string> MissingPermissions =>
        [.. Checks.Where(c => c.Outcome == ConnectionCheckOutcome.PermissionMissing).Select(c => c.Permission).Distinct()];

    /// <summary>Everything that is not fine, in plain words, most important first.</summary>
    public IReadOnlyList<string> Problems => TokenFailureMessage is not null
        ? [TokenFailureMessage]
        : [.. Checks.Where(c => c.Outcome != ConnectionCheckOutcome.Ok).Select(c => c.Message)];
}
