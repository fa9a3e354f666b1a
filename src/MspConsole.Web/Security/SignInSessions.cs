using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Sessions;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Security;

/// <summary>Starts, checks and ends the server-side session behind each auth cookie.</summary>
public sealed class SignInSessions(MspConsoleDbContext db, TimeProvider time)
{
    public const string SignedOut = "SignedOut";
    public const string RolesChanged = "RolesChanged";

    /// <summary>Starts a session for a sign-in; the user's live sessions with other roles end (their roles changed).</summary>
    public async Task<Guid> StartAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var objectId = user.GetObjectId() ?? throw new InvalidOperationException("A signed-in user without an object id.");
        var roles = string.Join(',', Roles.All.Where(user.IsInRole).Order(StringComparer.Ordinal));
        var now = time.GetUtcNow();
        var stale = await db.SignInSessions
            .Where(session => session.UserObjectId == objectId && session.EndedAt == null && session.Roles != roles)
            .ToListAsync(cancellationToken);
        foreach (var session in stale)
        {
            session.End(now, RolesChanged);
        }

        var started = new SignInSession(objectId, roles, now);
        db.SignInSessions.Add(started);
        await db.SaveChangesAsync(cancellationToken);
        return started.Id;
    }

    public Task<bool> IsActiveAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.SignInSessions.AnyAsync(session => session.Id == sessionId && session.EndedAt == null, cancellationToken);

    public async Task EndAsync(Guid sessionId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.SignInSessions
            .Where(session => session.Id == sessionId && session.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(session => session.EndedAt, now).SetProperty(session => session.EndReason, reason), cancellationToken);
    }
}
