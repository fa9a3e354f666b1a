using MspConsole.Infrastructure.Actions;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Actions;

public static class ActionActors
{
    /// <summary>The signed-in engineer as the audit log records them; the correlation id is the request's.</summary>
    public static ActionActor From(HttpContext context) => new(
        context.User.GetObjectId() ?? throw new InvalidOperationException("A signed-in user without an object id cannot act."),
        context.User.GetUserName(),
        context.User.ConsoleRole() ?? "",
        context.Connection.RemoteIpAddress?.ToString(),
        context.TraceIdentifier);
}
