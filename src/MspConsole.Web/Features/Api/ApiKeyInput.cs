namespace MspConsole.Web.Features.Api;

/// <summary>The "create a key" form: an empty account manager means all tenants.</summary>
public sealed record ApiKeyInput
{
    public string? Name { get; init; }

    public string? AccountManager { get; init; }

    public DateOnly? ExpiresOn { get; init; }
}
