using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Graph's user resource: the default property set, or exactly what <c>$select</c> asks for.</summary>
internal static class UserJson
{
    private static readonly string[] DefaultProperties =
    [
        "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
        "preferredLanguage", "surname", "userPrincipalName", "id",
    ];

    /// <summary>The v1.0 user resource's properties: the ones the simulator models have values, the others are null (or an
    /// empty collection), as for a user who never had them set.</summary>
    private static readonly HashSet<string> AllProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "aboutMe", "accountEnabled", "ageGroup", "assignedLicenses", "assignedPlans", "birthday", "businessPhones", "city",
        "companyName", "consentProvidedForMinor", "country", "createdDateTime", "creationType", "deletedDateTime", "department",
        "displayName", "employeeHireDate", "employeeId", "employeeLeaveDateTime", "employeeOrgData", "employeeType",
        "externalUserState", "externalUserStateChangeDateTime", "faxNumber", "givenName", "hireDate", "id", "identities",
        "imAddresses", "interests", "isResourceAccount", "jobTitle", "lastPasswordChangeDateTime", "legalAgeGroupClassification",
        "licenseAssignmentStates", "mail", "mailboxSettings", "mailNickname", "mobilePhone", "mySite", "officeLocation",
        "onPremisesDistinguishedName", "onPremisesDomainName", "onPremisesExtensionAttributes", "onPremisesImmutableId",
        "onPremisesLastSyncDateTime", "onPremisesProvisioningErrors", "onPremisesSamAccountName", "onPremisesSecurityIdentifier",
        "onPremisesSyncEnabled", "onPremisesUserPrincipalName", "otherMails", "passwordPolicies", "passwordProfile", "pastProjects",
        "postalCode", "preferredDataLocation", "preferredLanguage", "preferredName", "provisionedPlans", "proxyAddresses",
        "responsibilities", "schools", "securityIdentifier", "showInAddressList", "signInSessionsValidFromDateTime", "skills",
        "state", "streetAddress", "surname", "usageLocation", "userPrincipalName", "userType",
    };

    private static readonly HashSet<string> Collections = new(StringComparer.OrdinalIgnoreCase)
    {
        "assignedLicenses", "assignedPlans", "imAddresses", "interests", "licenseAssignmentStates", "onPremisesProvisioningErrors",
        "otherMails", "pastProjects", "provisionedPlans", "proxyAddresses", "responsibilities", "schools", "skills",
    };

    /// <summary>"Certain properties cannot be returned within a user collection" (List users): only for one user.</summary>
    private static readonly HashSet<string> SingleUserOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "aboutMe", "birthday", "hireDate", "interests", "mySite", "pastProjects", "preferredName", "responsibilities", "schools",
        "skills", "mailboxSettings",
    };

    /// <summary>The properties to render; throws <see cref="FormatException"/> for an unknown one.</summary>
    public static IReadOnlyList<string> Selection(string? select)
    {
        if (select is null)
        {
            return DefaultProperties;
        }

        var names = select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (!AllProperties.Contains(name))
            {
                throw new FormatException($"Could not find a property named '{name}' on type 'microsoft.graph.user'.");
            }
        }

        return names;
    }

    /// <summary>The first selected property that a user collection cannot return (Graph answers 501), or null.</summary>
    public static string? NotInCollections(IReadOnlyList<string> properties) => properties.FirstOrDefault(SingleUserOnly.Contains);

    public static JsonObject ToJson(SimUser user, IReadOnlyList<string> properties)
    {
        var json = new JsonObject();
        foreach (var name in properties)
        {
            json[name] = Value(user, name);
        }

        return json;
    }

    private static JsonNode? Value(SimUser user, string name) => name.ToUpperInvariant() switch
    {
        "ID" => user.Key,
        "BUSINESSPHONES" => new JsonArray(user.Phone("office") is { PhoneNumber: { } office } ? [office] : []),
        "DISPLAYNAME" => user.DisplayName,
        "GIVENNAME" => user.GivenName,
        "JOBTITLE" => user.JobTitle,
        "MAIL" => user.Mail,
        "MOBILEPHONE" => user.Phone("mobile")?.PhoneNumber,
        "PREFERREDLANGUAGE" => user.PreferredLanguage,
        "SURNAME" => user.Surname,
        "USERPRINCIPALNAME" => user.UserPrincipalName,
        "ACCOUNTENABLED" => user.AccountEnabled,
        "USERTYPE" => user.IsGuest ? "Guest" : "Member",
        "CREATEDDATETIME" => user.CreatedDateTime.UtcDateTime,
        "IDENTITIES" => new JsonArray(new JsonObject
        {
            ["signInType"] = "userPrincipalName",
            ["issuer"] = user.UserPrincipalName[(user.UserPrincipalName.IndexOf('@', StringComparison.Ordinal) + 1)..],
            ["issuerAssignedId"] = user.UserPrincipalName,
        }),
        _ when Collections.Contains(name) => new JsonArray(),
        _ => null,
    };

    /// <summary>Values for <c>$filter</c> on users.</summary>
    public static object? FilterValue(SimUser user, string name) => name.ToUpperInvariant() switch
    {
        "ID" => user.Key,
        "DISPLAYNAME" => user.DisplayName,
        "MAIL" => user.Mail,
        "USERPRINCIPALNAME" => user.UserPrincipalName,
        "USERTYPE" => user.IsGuest ? "Guest" : "Member",
        "ACCOUNTENABLED" => user.AccountEnabled,
        "PREFERREDLANGUAGE" => user.PreferredLanguage,
        _ => null,
    };

    public static readonly HashSet<string> Filterable = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "displayName", "mail", "userPrincipalName", "userType", "accountEnabled", "preferredLanguage",
    };
}
