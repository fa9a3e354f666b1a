namespace MspConsole.Core.Sessions;

/// <summary>
/// One sign-in to the console, referenced by the auth cookie and checked on every request, so that signing out or a
/// change of roles ends it on the server: a copied cookie stops working then, not when it expires.
/// </summary>
public sealed class SignInSession
{
    public const int RolesMaxLength = 256;
    public const int EndReasonMaxLength = 64;

    private SignInSession()
    {
    }

    public SignInSession(string userObjectId, string roles, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        Id = Guid.NewGuid();
        UserObjectId = userObjectId;
        Roles = roles.Length > RolesMaxLength ? roles[..RolesMaxLength] : roles;
        StartedAt = now;
    }

    public Guid Id { get; private set; }

    public string UserObjectId { get; private set; } = "";

    /// <summary>The console roles the session was signed in with, sorted and comma-separated.</summary>
    public string Roles { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    public bool IsActive => EndedAt is null;

    public void End(DateTimeOffset now, string reason)
    {
        if (EndedAt is not null)
        {
            return;
        }

        EndedAt = now;
        EndReason = reason.Length > EndReasonMaxLength ? reason[..EndReasonMaxLength] : reason;
    }
}
