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

    private static readonly HashSet<string> AllProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation",
        "preferredLanguage", "surname", "userPrincipalName", "id", "accountEnabled", "userType", "createdDateTime",
        "companyName", "department",
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
