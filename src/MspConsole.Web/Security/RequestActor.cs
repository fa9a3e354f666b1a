using MspConsole.Core.Audit;

namespace MspConsole.Web.Security;

/// <summary>
/// The signed-in caller as audit entries, reminder batches and four-eyes requests record them, built once per request:
/// the correlation id is the request's TraceIdentifier. Every signed-in user has an object id (sign-in refuses one
/// without, see <see cref="SignInSessions"/>), so its absence is a bug, not an anonymous actor.
/// </summary>
public static class RequestActor
{
    private static readonly object ItemKey = new();

    public static AuditActor AuditActor(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var built) && built is AuditActor actor)
        {
            return actor;
        }

        actor = new AuditActor(
            context.User.GetObjectId() ?? throw new InvalidOperationException("A signed-in user without an object id cannot be audited."),
            context.User.GetUserName(),
            context.User.ConsoleRole() ?? "",
            context.Connection.RemoteIpAddress?.ToString(),
            context.TraceIdentifier);
        context.Items[ItemKey] = actor;
        return actor;
    }
}
