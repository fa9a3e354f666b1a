namespace MspConsole.Core.Polling;

/// <summary>"Poll now": queue a poll of one tenant, or a re-read of one user after a helpdesk action.</summary>
public interface IPollScheduler
{
    /// <summary>Queues a poll of the tenant and returns the job id.</summary>
    string PollTenantNow(Guid tenantId);

    /// <summary>Queues a re-read of one user from Graph and returns the job id.</summary>
    string PollUserNow(Guid tenantId, string userObjectId);
}
