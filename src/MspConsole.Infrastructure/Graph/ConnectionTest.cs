using MspConsole.Core.Graph;

namespace MspConsole.Infrastructure.Graph;

/// <summary>The onboarding connection test: a token, then the smallest read of each kind the console needs,
/// each turned into a plain-words finding.</summary>
internal sealed class ConnectionTest(Guid tenantId, IAppTokenSource tokenSource, TenantGraphClient client)
{
    public async Task<ConnectionTestResult> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await tokenSource.GetTokenAsync(tenantId, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphFailureException ex)
        {
            // Entra's own words (EntraErrorMapping) as the detail; the page says what the kind means (Web's GraphFailureTexts).
            return new ConnectionTestResult(tenantId, ex.Kind, ex.Message, []);
        }

        var checks = new List<ConnectionCheck>
        {
            await CheckAsync(ConnectionCheckNames.RegistrationReport, "AuditLog.Read.All", async ct =>
            {
                await using var pages = client.ReadRegistrationPagesAsync(ct).GetAsyncEnumerator(ct);
                await pages.MoveNextAsync().ConfigureAwait(false);
                return "The registration report can be read.";
            }, cancellationToken).ConfigureAwait(false),
        };

        DirectoryUser? firstUser = null;
        checks.Add(await CheckAsync(ConnectionCheckNames.ListUsers, "User.Read.All", async ct =>
        {
            await using var pages = client.ReadUserPagesAsync(pageSize: 1, ct).GetAsyncEnumerator(ct);
            firstUser = await pages.MoveNextAsync().ConfigureAwait(false) && pages.Current is { Count: > 0 } users ? users[0] : null;
            return "Users can be listed.";
        }, cancellationToken).ConfigureAwait(false));

        checks.Add(firstUser is null
            ? new ConnectionCheck(ConnectionCheckNames.ReadMethods, "UserAuthenticationMethod.Read.All", ConnectionCheckOutcome.Skipped,
                "Authentication methods were not checked: no user could be listed.")
            : await CheckAsync(ConnectionCheckNames.ReadMethods, "UserAuthenticationMethod.Read.All", async ct =>
            {
                await client.GetMethodsAsync(firstUser.Id, ct).ConfigureAwait(false);
                return "Users' authentication methods can be read.";
            }, cancellationToken).ConfigureAwait(false));

        checks.Add(await CheckAsync(ConnectionCheckNames.SecurityDefaults, "Policy.Read.All", async ct =>
        {
            var posture = await client.GetEnforcementPostureAsync(ct).ConfigureAwait(false);
            return posture.SecurityDefaultsEnabled ? "Security defaults are on." : "Security defaults are off.";
        }, cancellationToken).ConfigureAwait(false));

        // Needed by the per-user fallback to tell admins; a tenant can lose its P1 licence, so it is checked everywhere.
        checks.Add(await CheckAsync(ConnectionCheckNames.AdminRoles, "RoleManagement.Read.Directory", async ct =>
        {
            await client.ReadAdminIdsAsync(ct).ConfigureAwait(false);
            return "Admin roles can be read.";
        }, cancellationToken).ConfigureAwait(false));

        return new ConnectionTestResult(tenantId, null, null, checks);
    }

    private static async Task<ConnectionCheck> CheckAsync(string name, string permission, Func<CancellationToken, Task<string>> probe,
        CancellationToken cancellationToken)
    {
        try
        {
            var message = await probe(cancellationToken).ConfigureAwait(false);
            return new ConnectionCheck(name, permission, ConnectionCheckOutcome.Ok, message);
        }
        catch (GraphFailureException ex) when (ex.Kind == GraphFailureKind.NotLicensed)
        {
            return new ConnectionCheck(name, permission, ConnectionCheckOutcome.Degraded,
                "The tenant has no Entra ID P1 licence, so the registration report is unavailable: the console reads each user's "
                + "methods and admin roles instead (slower).", ex.RequestId);
        }
        catch (GraphFailureException ex) when (ex.Kind == GraphFailureKind.PermissionMissing)
        {
            return new ConnectionCheck(name, permission, ConnectionCheckOutcome.PermissionMissing,
                $"The app has not been granted the {permission} permission in this tenant. Grant admin consent again so it includes {permission}.",
                ex.RequestId);
        }
        catch (GraphFailureException ex)
        {
            return new ConnectionCheck(name, permission, ConnectionCheckOutcome.Failed, $"{name} failed: {ex.Message}", ex.RequestId);
        }
    }
}
