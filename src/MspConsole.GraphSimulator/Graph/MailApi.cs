using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary><c>POST /users/{sender}/sendMail</c>: JSON or base64 MIME; 202 and the message lands in the outbox.</summary>
internal static class MailApi
{
    public static void Map(RouteGroupBuilder graph) =>
        graph.MapPost("/users/{sender}/sendMail", SendAsync).RequireAnyRole(Permissions.SendMail);

    private static async Task<IResult> SendAsync(string sender, HttpContext context, SimulatorState state, CancellationToken cancellationToken)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        var mailbox = caller.Tenant.Read(users => users.Find(sender) is { IsGuest: false, Mail: not null } u ? (u.Id, u.UserPrincipalName) : default((Guid, string)?));
        if (mailbox is not { } from)
        {
            return GraphErrors.Result(context, 404, "ErrorInvalidUser", $"The requested user '{sender}' is invalid.");
        }

        SentMail? mail;
        if (context.Request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.ASCII);
            var text = await reader.ReadToEndAsync(cancellationToken);
            if (!TryDecodeBase64(text, out var mime))
            {
                return GraphErrors.Result(context, 400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.");
            }

            mail = new SentMail(caller.Tenant.Id, from.Item1, from.Item2, string.Empty, "MIME", mime, [], [], [], true, state.Time.GetUtcNow(), mime);
        }
        else
        {
            var (body, error) = await GraphJson.ReadObjectAsync(context, cancellationToken, caseInsensitive: true);
            if (body is null)
            {
                return error!; // ReadObjectAsync returns an error whenever the body is null.
            }

            var (parsed, problem) = MailMessageReader.Read(body, caller.Tenant.Id, from.Item1, from.Item2, state.Time.GetUtcNow());
            if (parsed is null)
            {
                return GraphErrors.Result(context, 400, "ErrorInvalidRequest", problem ?? "Invalid message.");
            }

            mail = parsed;
        }

        state.RecordMail(mail);
        state.RecordMutation(caller.Tenant.Id, "POST", context.Request.Path, from.Item1, "sendMail",
            $"{mail.Subject} -> {string.Join(", ", mail.ToRecipients)}", caller.RequestId);
        return Results.StatusCode(202);
    }

    private static bool TryDecodeBase64(string text, out string mime)
    {
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text.Trim(), buffer, out var written) && written > 0)
        {
            mime = Encoding.UTF8.GetString(buffer, 0, written);
            return true;
        }

        mime = string.Empty;
        return false;
    }
}
