namespace MspConsole.Infrastructure.Graph;

/// <summary>An app-only access token for one tenant. ToString leaves the token out.</summary>
public sealed record AccessToken(string Token, DateTimeOffset ExpiresOn)
{
    public override string ToString() => $"AccessToken {{ ExpiresOn = {ExpiresOn:O} }}";
}
