namespace MspConsole.Web.Security;

public enum AuthenticationMode
{
    /// <summary>Pick a persona on a sign-in page; for the embedded default and tests. Refused outside Development.</summary>
    Development,

    /// <summary>OpenID Connect against the MSP's own Entra tenant (config section AzureAd), app roles as console roles.</summary>
    EntraId,
}
