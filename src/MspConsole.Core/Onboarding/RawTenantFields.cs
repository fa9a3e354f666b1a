namespace MspConsole.Core.Onboarding;

/// <summary>Onboarding input as typed in the form or read from a CSV row, before any checking. Tags and account
/// managers are lists separated by commas or semicolons; an account manager is "upn" or "upn|objectId".</summary>
public sealed record RawTenantFields(
    string? Domain,
    string? TenantId,
    string? Name,
    string? ContractOwner,
    string? CustomerItContact,
    string? Language,
    string? Tags,
    string? AccountManagers);
