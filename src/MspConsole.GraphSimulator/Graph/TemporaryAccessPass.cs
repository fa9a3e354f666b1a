using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MspConsole.GraphSimulator.Model;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Issues a Temporary Access Pass: one per user (a new one replaces it), plain text only in the 201 response.</summary>
internal static class TemporaryAccessPass
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#$%&*+=";

    public static MutationOutcome Create(SimUser user, JsonObject body, DateTimeOffset now)
    {
        int lifetime;
        bool usableOnce;
        DateTimeOffset? start;
        try
        {
            lifetime = body["lifetimeInMinutes"]?.GetValue<int>() ?? 60;
            usableOnce = body["isUsableOnce"]?.GetValue<bool>() ?? false;
            start = body["startDateTime"] is { } s ? DateTimeOffset.Parse(s.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null;
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            return MutationOutcome.BadRequest("Invalid temporaryAccessPassMethod payload: " + e.Message);
        }

        if (lifetime is < 10 or > 43200)
        {
            return MutationOutcome.BadRequest("lifetimeInMinutes must be between 10 and 43200.");
        }

        if (user.IsGuest)
        {
            return MutationOutcome.BadRequest("A Temporary Access Pass cannot be created for an external user.");
        }

        user.Methods.RemoveAll(m => m.Kind == MethodKind.TemporaryAccessPass);
        var method = new SimMethod(MethodKind.TemporaryAccessPass, Guid.NewGuid().ToString(), now)
        {
            StartDateTime = start ?? now,
            LifetimeInMinutes = lifetime,
            IsUsableOnce = usableOnce,
        };
        user.Methods.Add(method);
        user.LastUpdatedDateTime = now;
        var pass = RandomNumberGenerator.GetString(Alphabet, 8);
        return new MutationOutcome(201, Body: MethodJson.ToJson(method, now, withODataType: true, pass), UserId: user.Id,
            Detail: $"temporaryAccessPassMethods/{method.Id} lifetime {lifetime} min, usableOnce {usableOnce}");
    }
}
