using System.Text.Json;
using MspConsole.Core.Actions;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Actions;

/// <summary>The audit log's before/after: method ids and types, phone numbers masked. A Temporary Access Pass appears by id only.</summary>
public static class MethodSnapshot
{
    public static string Of(IReadOnlyList<AuthenticationMethod> methods) =>
        JsonSerializer.Serialize(methods.Where(method => method.Kind != AuthenticationMethodKind.Password).Select(Describe));

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
