namespace MspConsole.Core.Tenants;

/// <summary>Who holds the customer's Microsoft 365 contract: it decides which contact line end users are given.</summary>
public enum ContractOwner
{
    Msp,
    CustomerIt,
}
