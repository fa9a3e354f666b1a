using Microsoft.Graph.Models;
using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>
/// Admins for the per-user fallback: <c>GET /directoryRoles</c> (the tenant's activated roles, with their template ids),
/// then <c>GET /directoryRoles/{id}/members?$select=id</c> for each privileged one (<see cref="PrivilegedRoles"/>), following
/// nextLinks. Typically one request plus one per privileged role in use: a handful per tenant poll.
/// </summary>
/// <remarks>
/// Chosen over <c>/roleManagement/directory/roleAssignments</c>: a directoryRole carries its roleTemplateId, so the rule
/// needs no role-definition lookup, and members come typed (<c>@odata.type</c>), so only users are counted; a
/// role-assignable group holding a role shows up as a group and is logged, not silently taken for a user.
/// Both need RoleManagement.Read.Directory (least privileged) or Directory.Read.All.
/// </remarks>
internal sealed partial class TenantGraphClient
{
    private static readonly string[] MemberSelect = ["id"];

    private static readonly IReadOnlySet<string> NoAdmins = new HashSet<string>();

    /// <summary>Object ids of the users holding a privileged role. Throws <see cref="GraphFailureKind.PermissionMissing"/>
    /// without RoleManagement.Read.Directory.</summary>
    internal async Task<IReadOnlySet<string>> ReadAdminIdsAsync(CancellationToken cancellationToken)
    {
        var privileged = new List<DirectoryRole>();
        await foreach (var page in PagesAsync("list directory roles",
            ct => graph.DirectoryRoles.GetAsync(cancellationToken: ct),
            (next, ct) => graph.DirectoryRoles.WithUrl(next).GetAsync(cancellationToken: ct),
            page => page.Value, role => role, cancellationToken).ConfigureAwait(false))
        {
            privileged.AddRange(page.Where(role => role.Id is not null && PrivilegedRoles.IsPrivileged(role.RoleTemplateId)));
        }

        var admins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in privileged)
        {
            var roleId = role.Id!; // filtered on non-null above
            await foreach (var members in PagesAsync("list directory role members",
                ct => graph.DirectoryRoles[roleId].Members.GetAsync(r => r.QueryParameters.Select = MemberSelect, ct),
                (next, ct) => graph.DirectoryRoles[roleId].Members.WithUrl(next).GetAsync(cancellationToken: ct),
                page => page.Value, member => member, cancellationToken).ConfigureAwait(false))
            {
                foreach (var member in members)
                {
                    if (member is User { Id: { } userId })
                    {
                        admins.Add(userId);
                    }
                    else if (member is Group { Id: { } groupId })
                    {
                        GraphLog.RoleHeldByGroup(logger, role.DisplayName ?? role.RoleTemplateId, groupId, tenantId);
                    }
                }
            }
        }

        return admins;
    }

    /// <summary>The fallback's admin set. Without the permission the poll goes on with no admins rather than failing the
    /// whole tenant, but loudly: the connection test reports the permission as missing, and this logs a warning.</summary>
    private async Task<IReadOnlySet<string>> AdminIdsOrNoneAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAdminIdsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GraphFailureException ex) when (ex.Kind == GraphFailureKind.PermissionMissing)
        {
            GraphLog.AdminRolesUnreadable(logger, tenantId, ex.ErrorCode, ex.RequestId);
            return NoAdmins;
        }
    }
}
