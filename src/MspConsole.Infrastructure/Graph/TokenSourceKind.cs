namespace MspConsole.Infrastructure.Graph;

public enum TokenSourceKind
{
    /// <summary>Microsoft.Identity.Web (MSAL): production against Entra ID, certificate or secret.</summary>
    IdentityWeb,
    /// <summary>A plain client-credentials POST to {LoginBaseUrl}/{tenant}/oauth2/v2.0/token with the client secret:
    /// the simulator (MSAL refuses http authorities), and usable against Entra ID with a secret.</summary>
    ClientCredentials,
}
