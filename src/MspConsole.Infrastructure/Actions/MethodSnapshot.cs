using System.Text.Encodings.Web;
using System.Text.Json;
using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Graph;

namespace MspConsole.Infrastructure.Actions;

/// <summary>The audit log's before/after: method ids and types, phone numbers masked. A Temporary Access Pass appears by id only.</summary>
public static class MethodSnapshot
{
    /// <summary>Readable JSON (no \uXXXX for accents): it is stored and shown as text, never embedded in HTML or script unencoded.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(IReadOnlyList<AuthenticationMethod> methods) =>
        JsonSerializer.Serialize(methods.Where(method => method.Kind != AuthenticationMethodKind.Password).Select(Describe), Json);

    /// <summary>The methods with the user's default MFA method as Graph names it (push, sms, …; <c>none</c> when there is none).</summary>
    public static string Of(IReadOnlyList<AuthenticationMethod> methods, PreferredSecondaryMethod? defaultMethod) =>
        JsonSerializer.Serialize(new
        {
            defaultMethod = DefaultName(defaultMethod),
            methods = methods.Where(method => method.Kind != AuthenticationMethodKind.Password).Select(Describe),
        }, Json);

    public static string DefaultName(PreferredSecondaryMethod? defaultMethod) =>
        defaultMethod is { } method ? GraphModelMapping.ToGraphName(method) : "none";

    private static Dictionary<string, string> Describe(AuthenticationMethod method)
    {
        var entry = new Dictionary<string, string> { ["id"] = method.Id, ["type"] = method.GraphType };
        if (method.PhoneType is { } phoneType)
        {
            entry["phoneType"] = phoneType.ToString();
            entry["number"] = PhoneNumbers.Mask(method.PhoneNumber);
        }

        if (method.DeviceName is { Length: > 0 } device)
        {
            entry["device"] = device;
        }

        return entry;
    }
}
