using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Control;

/// <summary>The control API under <c>/_simulator</c>: ground truth and fault switches for tests and demos (no auth; loopback only).</summary>
internal static class ControlApi
{
    public static void Map(RouteGroupBuilder control)
    {
        control.MapGet("/tenants", (SimulatorState state) => state.GetTenantSummaries());
        control.MapGet("/tenants/{id}", (string id, SimulatorState state) => WithTenant(state, id, t => Results.Ok(SimulatorState.Summarize(t))));
        control.MapPatch("/tenants/{id}", (string id, TenantPatch patch, SimulatorState state) => WithTenant(state, id, t =>
        {
            t.Consented = patch.Consented ?? t.Consented;
            t.Licensed = patch.Licensed ?? t.Licensed;
            t.SecurityDefaults = patch.SecurityDefaults ?? t.SecurityDefaults;
            return Results.Ok(SimulatorState.Summarize(t));
        }));
        control.MapPost("/tenants/{id}/consent", (string id, SimulatorState state) => WithTenant(state, id, t => Flag(t, () => t.Consented = true)));
        control.MapDelete("/tenants/{id}/consent", (string id, SimulatorState state) => WithTenant(state, id, t => Flag(t, () => t.Consented = false)));
        control.MapPut("/tenants/{id}/permissions/{role}", (string id, string role, SimulatorState state) => WithTenant(state, id, t => Flag(t, () => t.GrantRole(role))));
        control.MapDelete("/tenants/{id}/permissions/{role}", (string id, string role, SimulatorState state) => WithTenant(state, id, t => Flag(t, () => t.RemoveRole(role))));
        control.MapGet("/tenants/{id}/users", (string id, SimulatorState state) => WithTenant(state, id, t => Results.Ok(state.GetUsers(t.Id))));
        control.MapGet("/tenants/{id}/users/{userId}", (string id, string userId, SimulatorState state) =>
            WithTenant(state, id, t => state.GetUser(t.Id, userId) is { } u ? Results.Ok(u) : Results.NotFound()));
        control.MapPost("/tenants/{id}/users", (string id, NewUser user, SimulatorState state) => WithTenant(state, id, t =>
            Results.Ok(state.AddUser(t.Id, user.DisplayName, user.UserPrincipalName, string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase), user.IsAdmin))));
        control.MapPatch("/tenants/{id}/users/{userId:guid}", (string id, Guid userId, UserPatch patch, SimulatorState state) =>
            WithTenant(state, id, t => patch.AccountEnabled is not { } enabled
                ? Results.BadRequest(new { error = "Set accountEnabled to true or false." })
                : state.SetAccountEnabled(t.Id, userId, enabled) ? Results.Ok(state.GetUser(t.Id, userId.ToString())) : Results.NotFound()));
        control.MapDelete("/tenants/{id}/users/{userId:guid}", (string id, Guid userId, SimulatorState state) =>
            WithTenant(state, id, t => state.RemoveUser(t.Id, userId) ? Results.NoContent() : Results.NotFound()));
        control.MapPost("/tenants/{id}/users/{userId:guid}/phones", (string id, Guid userId, NewPhone phone, SimulatorState state) =>
            WithTenant(state, id, t => state.RegisterPhone(t.Id, userId, phone.PhoneType, phone.PhoneNumber)
                ? Results.Ok(state.GetUser(t.Id, userId.ToString()))
                : Results.BadRequest(new { error = "Unknown user, or a phone Graph would refuse (phoneType mobile, alternateMobile or office; number as +32 470123456)." })));
        control.MapPost("/tenants/{id}/register", (string id, int? count, SimulatorState state) =>
            WithTenant(state, id, t => Results.Ok(new { registered = state.RegisterUsers(t.Id, count ?? 1) })));
        control.MapPost("/tenants/{id}/fail-next", (string id, int? count, int? status, int? retryAfter, string? method, string? path, SimulatorState state) => WithTenant(state, id, t =>
        {
            state.Faults.FailNext(t.Id, count ?? 1, status ?? 503, retryAfter ?? 1, method, path);
            return Results.NoContent();
        }));
        control.MapGet("/faults", (SimulatorState state) => state.Faults.Settings);
        control.MapPut("/faults", (FaultSettings settings, SimulatorState state) =>
        {
            state.Faults.Settings = settings;
            return Results.Ok(settings);
        });
        control.MapGet("/outbox", (SimulatorState state) => state.Outbox);
        control.MapGet("/mutations", (SimulatorState state) => state.Mutations);
        control.MapGet("/requests", (SimulatorState state) => state.Faults.RequestStats());
        control.MapPost("/reset", (SimulatorState state) =>
        {
            state.Reset();
            return Results.NoContent();
        });
    }

    private static IResult WithTenant(SimulatorState state, string id, Func<SimTenant, IResult> action) =>
        state.FindTenant(id) is { } tenant ? action(tenant) : Results.NotFound(new { error = $"Unknown tenant '{id}'." });

    private static IResult Flag(SimTenant tenant, Action change)
    {
        change();
        return Results.Ok(SimulatorState.Summarize(tenant));
    }
}
