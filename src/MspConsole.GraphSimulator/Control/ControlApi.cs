using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Control;

/// <summary>The control API under <c>/_simulator</c>: ground truth and fault switches for tests and demos.</summary>
internal static class ControlApi
{
    public static void Map(RouteGroupBuilder control)
    {
        control.MapGet("/tenants", (SimulatorState state) => state.GetTenantSummaries());
    }
}
