using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>DELETE of any method, PATCH/POST of phone methods, POST of a Temporary Access Pass.</summary>
internal static class MethodMutationsApi
{
    public static void Map(RouteGroupBuilder graph)
    {
        graph.MapDelete("/users/{id}/authentication/{segment}/{methodId}", Delete).RequireAnyRole(Permissions.WriteMethods);
        graph.MapMethods("/users/{id}/authentication/phoneMethods/{methodId}", ["PATCH"], PatchPhoneAsync).RequireAnyRole(Permissions.WriteMethods);
        graph.MapPost("/users/{id}/authentication/phoneMethods", AddPhoneAsync).RequireAnyRole(Permissions.WriteMethods);
        graph.MapPost("/users/{id}/authentication/temporaryAccessPassMethods", CreateTapAsync).RequireAnyRole(Permissions.WriteMethods);
    }

    private static IResult Delete(string id, string segment, string methodId, HttpContext context, SimulatorState state) =>
        MethodSegments.TryParse(segment, out var kind)
            ? MethodsApi.Mutate(context, state, id, "deleteMethod", (user, now) => MethodRules.Delete(user, kind, methodId, now))
            : MethodsApi.UnknownSegment(context, segment);

    private static async Task<IResult> PatchPhoneAsync(string id, string methodId, HttpContext context, SimulatorState state, CancellationToken cancellationToken)
    {
        var (body, error) = await GraphJson.ReadObjectAsync(context, cancellationToken);
        if (body is null)
        {
            return error!; // ReadObjectAsync returns an error whenever the body is null.
        }

        var (number, type, bad) = ReadPhone(body, context);
        return bad ?? MethodsApi.Mutate(context, state, id, "updatePhoneMethod", (user, now) => MethodRules.UpdatePhone(user, methodId, number, type, now));
    }

    private static async Task<IResult> AddPhoneAsync(string id, HttpContext context, SimulatorState state, CancellationToken cancellationToken)
    {
        var (body, error) = await GraphJson.ReadObjectAsync(context, cancellationToken);
        if (body is null)
        {
            return error!; // ReadObjectAsync returns an error whenever the body is null.
        }

        var (number, type, bad) = ReadPhone(body, context);
        return bad ?? MethodsApi.Mutate(context, state, id, "addPhoneMethod", (user, now) => MethodRules.AddPhone(user, number, type, now));
    }

    private static async Task<IResult> CreateTapAsync(string id, HttpContext context, SimulatorState state, CancellationToken cancellationToken)
    {
        var body = new System.Text.Json.Nodes.JsonObject();
        if (context.Request.ContentLength is null or > 0)
        {
            var (parsed, error) = await GraphJson.ReadObjectAsync(context, cancellationToken);
            if (parsed is null)
            {
                return error!; // ReadObjectAsync returns an error whenever the body is null.
            }

            body = parsed;
        }

        return MethodsApi.Mutate(context, state, id, "createTemporaryAccessPass", (user, now) => TemporaryAccessPass.Create(user, body, now));
    }

    private static (string? Number, string? Type, IResult? Error) ReadPhone(System.Text.Json.Nodes.JsonObject body, HttpContext context)
    {
        try
        {
            return (body["phoneNumber"]?.GetValue<string>(), body["phoneType"]?.GetValue<string>(), null);
        }
        catch (InvalidOperationException)
        {
            return (null, null, GraphErrors.BadRequest(context, "phoneNumber and phoneType must be strings."));
        }
    }
}
