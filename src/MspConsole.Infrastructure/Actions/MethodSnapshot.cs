using System.Text.Encodings.Web;
using System.Text.Json;
using MspConsole.Core.Actions;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Actions;

/// <summary>The audit log's before/after: method ids and types, phone numbers masked. A Temporary Access Pass appears by id only.</summary>
public static class MethodSnapshot
{
    /// <summary>Readable JSON (no \uXXXX for accents): it is stored and shown as text, never embedded in HTML or script unencoded.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(IReadOnlyList<AuthenticationMethod> methods) =>
        JsonSerializer.Serialize(methods.Where(method => method.Kind != AuthenticationMethodKind.Password).Select(Describe), Json);

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
