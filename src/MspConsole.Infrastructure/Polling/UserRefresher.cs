using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Infrastructure.Polling;

/// <summary>Re-reads one user from Graph (after a helpdesk action) and updates the stored state and status.</summary>
public sealed class UserRefresher(MspConsoleDbContext db, ITenantGraphClientFactory graph, TimeProvider time, ILogger<UserRefresher> logger)
{
    /// <summary>The refreshed user, or null when the tenant is unknown or offboarded (an offboarded tenant is never read,
    /// also by a refresh queued before it was offboarded). A user gone from /users is marked removed; a disabled
    /// account (which the registration report leaves out) is marked disabled and keeps its last known registration.</summary>
    public async Task<TenantUser?> RefreshAsync(Guid tenantId, string objectId, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tenantId, cancellationToken);
        if (tenant is null || tenant.Standing == TenantStanding.Offboarded)
        {
            return null;
        }

        var client = graph.ForTenant(tenantId);
        var directoryUser = await client.GetUserAsync(objectId, cancellationToken);
        var registration = directoryUser is { AccountEnabled: true }
            ? await ReadAsync(client, tenant.DataSource, objectId, cancellationToken)
            : null;
        var now = time.GetUtcNow();
        // An action has the user tracked already: no second read.
        var user = db.TenantUsers.Local.SingleOrDefault(u => u.TenantId == tenantId && u.ObjectId == objectId)
            ?? await db.TenantUsers.SingleOrDefaultAsync(u => u.TenantId == tenantId && u.ObjectId == objectId, cancellationToken);
        if (directoryUser is null)
        {
            user?.MarkRemoved(now);
        }
        else
        {
            if (registration is not null)
            {
                if (user is null)
                {
                    user = new TenantUser(tenantId, objectId, now);
                    db.TenantUsers.Add(user);
                }

                user.Refresh(registration, now);
            }

            user?.SeenInDirectory(directoryUser.AccountEnabled, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (registration is not null && user is not null)
        {
            await SearchTermWriter.WriteStaleAsync(db, [user], cancellationToken);
        }

        logger.LogInformation("Refreshed user {UserObjectId} of {TenantId}: {Status}", objectId, tenantId, user?.Status);
        return user;
    }

    private static async Task<UserRegistration?> ReadAsync(ITenantGraphClient client, DataSource source, string objectId, CancellationToken cancellationToken)
    {
        if (source == DataSource.PerUserFallback)
        {
            return await client.GetRegistrationFromMethodsAsync(objectId, cancellationToken);
        }

        try
        {
            return await client.GetRegistrationAsync(objectId, cancellationToken);
        }
        catch (GraphFailureException failure) when (failure.Kind == GraphFailureKind.NotLicensed)
        {
            return await client.GetRegistrationFromMethodsAsync(objectId, cancellationToken);
        }
    }
}
