using MspConsole.Core.Reminders;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Reminders;

/// <summary>The signed-in caller as the requester of a send (batch and audit entry).</summary>
public static class ReminderRequesterFactory
{
    public static ReminderRequester From(HttpContext context) => new(
        context.User.GetObjectId() ?? "",
        context.User.GetUserName(),
        context.User.ConsoleRole() ?? "",
        context.TraceIdentifier,
        context.Connection.RemoteIpAddress?.ToString());
}
