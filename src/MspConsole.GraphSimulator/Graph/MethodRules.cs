using System.Text.RegularExpressions;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Entra's rules for changing a user's methods (GRAPH.md §3); every change keeps the default method consistent.</summary>
internal static partial class MethodRules
{
    public const string DefaultMethodMessage =
        "Cannot delete default method with other methods configured. Please change default method before deletion.";

    public static bool IsValidPhoneNumber(string? number) => number is not null && PhonePattern().IsMatch(number);

    public static MutationOutcome Delete(SimUser user, MethodKind kind, string methodId, DateTimeOffset now)
    {
        var method = user.FindMethod(kind, methodId);
        if (method is null)
        {
            return MutationOutcome.Fail(404, GraphErrors.NotFoundCode, $"Authentication method '{methodId}' was not found for this user.");
        }

        if (kind == MethodKind.Password)
        {
            return MutationOutcome.BadRequest("The password method cannot be deleted.");
        }

        // "Other methods" are those that could become the default instead: the message asks to change the default first,
        // which is impossible when only FIDO2, Windows Hello or e-mail would remain.
        if (user.IsDefault(method) && user.Methods.Exists(m => !ReferenceEquals(m, method) && SimUser.CanBeDefault(m)))
        {
            return MutationOutcome.BadRequest(DefaultMethodMessage);
        }

        if (method.PhoneType == "mobile" && user.Phone("alternateMobile") is not null)
        {
            return MutationOutcome.BadRequest(
                "Cannot delete the mobile phone method while an alternate mobile phone method exists. Update the mobile number, or delete the alternate mobile phone first.");
        }

        user.Methods.Remove(method);
        user.ChooseDefaultIfMissing();
        user.LastUpdatedDateTime = now;
        return new MutationOutcome(204, UserId: user.Id, Detail: $"{MethodSegments.Segment(kind)}/{method.Id}");
    }

    /// <summary>beta PATCH signInPreferences: the user's default MFA method. The value must be one of §2's settable names and
    /// one the user has a method for; deleting the former default then works, deleting the new one is refused.</summary>
    public static MutationOutcome SetPreferredMethod(SimUser user, string? preferred, DateTimeOffset now)
    {
        if (preferred is null || !SimUser.PreferableMethods.Contains(preferred, StringComparer.Ordinal))
        {
            return MutationOutcome.BadRequest(
                $"Invalid value '{preferred}' for property 'userPreferredMethodForSecondaryAuthentication'. Expected one of: {string.Join(", ", SimUser.PreferableMethods)}.");
        }

        if (!user.CanPrefer(preferred))
        {
            return MutationOutcome.BadRequest($"The user has no registered authentication method for '{preferred}'.");
        }

        var before = user.PreferredMethod ?? "none";
        user.PreferredMethod = preferred;
        user.LastUpdatedDateTime = now;
        return new MutationOutcome(204, UserId: user.Id, Detail: $"signInPreferences {before} -> {preferred}");
    }

    public static MutationOutcome UpdatePhone(SimUser user, string methodId, string? number, string? phoneType, DateTimeOffset now)
    {
        var method = user.FindMethod(MethodKind.Phone, methodId);
        if (method is null)
        {
            return MutationOutcome.Fail(404, GraphErrors.NotFoundCode, $"Phone method '{methodId}' was not found for this user.");
        }

        if (phoneType is not null && phoneType != method.PhoneType)
        {
            return MutationOutcome.BadRequest("The phone type of an existing phone method cannot be changed. Add a phone method of the new type, then delete this one.");
        }

        if (!IsValidPhoneNumber(number))
        {
            return MutationOutcome.BadRequest("Invalid phone number. The phone number must be in the format '+{country code} {number}x{extension}'.");
        }

        user.Methods[user.Methods.IndexOf(method)] = method with { PhoneNumber = number };
        user.LastUpdatedDateTime = now;
        return new MutationOutcome(204, UserId: user.Id, Detail: $"phoneMethods/{method.Id} {method.PhoneNumber} -> {number}");
    }

    public static MutationOutcome AddPhone(SimUser user, string? number, string? phoneType, DateTimeOffset now)
    {
        if (phoneType is not ("mobile" or "alternateMobile" or "office"))
        {
            return MutationOutcome.BadRequest("phoneType must be one of 'mobile', 'alternateMobile' or 'office'.");
        }

        if (!IsValidPhoneNumber(number))
        {
            return MutationOutcome.BadRequest("Invalid phone number. The phone number must be in the format '+{country code} {number}x{extension}'.");
        }

        if (user.Phone(phoneType) is not null)
        {
            return MutationOutcome.BadRequest($"A phone method of type '{phoneType}' already exists for this user.");
        }

        if (phoneType == "alternateMobile" && user.Phone("mobile") is null)
        {
            return MutationOutcome.BadRequest("An alternate mobile phone requires a mobile phone method.");
        }

        var method = new SimMethod(MethodKind.Phone, SimMethod.PhoneIdFor(phoneType), now) { PhoneType = phoneType, PhoneNumber = number };
        user.Methods.Add(method);
        user.ChooseDefaultIfMissing();
        user.LastUpdatedDateTime = now;
        return new MutationOutcome(201, Body: MethodJson.ToJson(method, now, withODataType: false), UserId: user.Id, Detail: $"phoneMethods/{method.Id} {number}");
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{0,2} [0-9]{4,15}(x[0-9]{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
