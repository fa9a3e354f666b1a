using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Renders an authentication method as Graph does (property set per <c>@odata.type</c>).</summary>
internal static class MethodJson
{
    /// <param name="withODataType">OData minimal metadata: Graph writes <c>@odata.type</c> only where the method's type differs from
    /// the declared one, i.e. under <c>/authentication/methods</c> (declared <c>authenticationMethod</c>), not under a typed
    /// segment such as <c>/phoneMethods</c>.</param>
    public static JsonObject ToJson(SimMethod method, DateTimeOffset now, bool withODataType, string? plainTextPass = null)
    {
        var json = new JsonObject();
        if (withODataType)
        {
            json["@odata.type"] = MethodSegments.ODataType(method.Kind);
        }

        json["id"] = method.Id;
        switch (method.Kind)
        {
            case MethodKind.Password:
                json["password"] = null;
                json["createdDateTime"] = method.CreatedDateTime.UtcDateTime;
                break;
            case MethodKind.Phone:
                json["phoneNumber"] = method.PhoneNumber;
                json["phoneType"] = method.PhoneType;
                json["smsSignInState"] = method.PhoneType == "mobile" ? "notEnabled" : "notSupported";
                break;
            case MethodKind.Email:
                json["emailAddress"] = method.EmailAddress;
                break;
            case MethodKind.MicrosoftAuthenticator:
                json["displayName"] = method.DisplayName;
                json["deviceTag"] = method.DeviceTag;
                json["phoneAppVersion"] = method.PhoneAppVersion;
                json["createdDateTime"] = method.CreatedDateTime.UtcDateTime;
                break;
            case MethodKind.SoftwareOath:
                json["secretKey"] = null;
                break;
            case MethodKind.Fido2:
                json["displayName"] = method.DisplayName;
                json["createdDateTime"] = method.CreatedDateTime.UtcDateTime;
                json["aaGuid"] = method.AaGuid;
                json["model"] = method.Model;
                json["attestationCertificates"] = new JsonArray();
                json["attestationLevel"] = "attested";
                break;
            case MethodKind.WindowsHelloForBusiness or MethodKind.PlatformCredential:
                json["displayName"] = method.DisplayName;
                json["createdDateTime"] = method.CreatedDateTime.UtcDateTime;
                json["keyStrength"] = "normal";
                if (method.Kind == MethodKind.PlatformCredential)
                {
                    json["platform"] = "macOS";
                }

                break;
            case MethodKind.TemporaryAccessPass:
                AddTap(json, method, now, plainTextPass);
                break;
            default:
                break;
        }

        return json;
    }

    private static void AddTap(JsonObject json, SimMethod method, DateTimeOffset now, string? plainTextPass)
    {
        var start = method.StartDateTime ?? method.CreatedDateTime;
        var end = start.AddMinutes(method.LifetimeInMinutes ?? 60);
        var reason = now < start ? "NotYetValid" : now >= end ? "Expired" : "EnabledByPolicy";
        json["temporaryAccessPass"] = plainTextPass;
        json["createdDateTime"] = method.CreatedDateTime.UtcDateTime;
        json["startDateTime"] = start.UtcDateTime;
        json["lifetimeInMinutes"] = method.LifetimeInMinutes;
        json["isUsableOnce"] = method.IsUsableOnce;
        json["isUsable"] = reason == "EnabledByPolicy";
        json["methodUsabilityReason"] = reason;
    }
}
