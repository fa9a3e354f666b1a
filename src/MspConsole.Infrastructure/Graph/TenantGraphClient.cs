using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using MspConsole.Core.Graph;
using CoreAuthenticationMethod = MspConsole.Core.Graph.AuthenticationMethod;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Reads for one tenant through the Graph SDK. Mutations are in TenantGraphClient.Mutations.cs.</summary>
internal sealed partial class TenantGraphClient(
    Guid tenantId,
    GraphServiceClient graph,
    GraphCallDiagnosticsHandler diagnostics,
    IAppTokenSource tokenSource,
    GraphOptions options,
    ILogger logger) : ITenantGraphClient
{
    private static readonly string[] UserSelect = ["id", "userPrincipalName", "displayName", "userType", "accountEnabled", "preferredLanguage", "mail"];

    private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping = new()
    {
        ["XXX"] = ODataError.CreateFromDiscriminatorValue,
    };

    public Guid TenantId => tenantId;

    public GraphCallCounts CallCounts => diagnostics.Counts;

    public IAsyncEnumerable<IReadOnlyList<UserRegistration>> ReadRegistrationPagesAsync(CancellationToken cancellationToken) =>
        PagesAsync("read registration report",
            ct => graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync(cancellationToken: ct),
            (next, ct) => graph.Reports.AuthenticationMethods.UserRegistrationDetails.WithUrl(next).GetAsync(cancellationToken: ct),
            page => page.Value, GraphModelMapping.ToRegistration, cancellationToken);

    public IAsyncEnumerable<IReadOnlyList<DirectoryUser>> ReadUserPagesAsync(CancellationToken cancellationToken) =>
        ReadUserPagesAsync(options.UserPageSize, cancellationToken);

    internal IAsyncEnumerable<IReadOnlyList<DirectoryUser>> ReadUserPagesAsync(int pageSize, CancellationToken cancellationToken) =>
        PagesAsync("list users",
            ct => graph.Users.GetAsync(r =>
            {
                r.QueryParameters.Select = UserSelect;
                r.QueryParameters.Top = pageSize;
            }, ct),
            (next, ct) => graph.Users.WithUrl(next).GetAsync(cancellationToken: ct),
            page => page.Value, GraphModelMapping.ToDirectoryUser, cancellationToken);

    public async IAsyncEnumerable<IReadOnlyList<UserRegistration>> ReadRegistrationPagesFromMethodsAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Read once, before the first page, and used for the whole enumeration.
        var admins = await AdminIdsOrNoneAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var users in ReadUserPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            // The report leaves disabled users out; so does its stand-in.
            var enabled = users.Where(u => u.AccountEnabled).ToList();
            var registrations = new UserRegistration?[enabled.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.PerUserReadConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, enabled.Count), parallel, async (i, ct) =>
            {
                try
                {
                    var methods = await GetMethodsAsync(enabled[i].Id, ct).ConfigureAwait(false);
                    registrations[i] = RegistrationFromMethods.Create(enabled[i], methods, admins.Contains(enabled[i].Id)) with
                    {
                        PerUserMfaState = enabled[i].IsGuest ? null : await PerUserMfaStateOrUnknownAsync(enabled[i].Id, ct).ConfigureAwait(false),
                    };
                }
                catch (GraphFailureException ex) when (ex.Kind == GraphFailureKind.NotFound)
                {
                    // Deleted between the user list and the method read: not in this poll.
                    GraphLog.UserVanished(logger, enabled[i].Id, tenantId);
                }
            }).ConfigureAwait(false);
            yield return [.. registrations.OfType<UserRegistration>()];
        }
    }

    public Task<DirectoryUser?> GetUserAsync(string userIdOrUpn, CancellationToken cancellationToken) =>
        OrNullWhenNotFound(CallAsync("get user",
            async ct => await graph.Users[userIdOrUpn].GetAsync(r => r.QueryParameters.Select = UserSelect, ct).ConfigureAwait(false) is { } user
                ? GraphModelMapping.ToDirectoryUser(user) : null,
            cancellationToken));

    public Task<UserRegistration?> GetRegistrationAsync(string userId, CancellationToken cancellationToken) =>
        OrNullWhenNotFound(CallAsync("get registration",
            async ct => await graph.Reports.AuthenticationMethods.UserRegistrationDetails[userId].GetAsync(cancellationToken: ct).ConfigureAwait(false) is { } details
                ? GraphModelMapping.ToRegistration(details) : null,
            cancellationToken));

    public async Task<UserRegistration?> GetRegistrationFromMethodsAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await GetUserAsync(userId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return null;
        }

        var methods = await OrNullWhenNotFound(GetMethodsAsync(user.Id, cancellationToken)).ConfigureAwait(false);
        if (methods is null)
        {
            return null;
        }

        var admins = await AdminIdsOrNoneAsync(cancellationToken).ConfigureAwait(false);
        return RegistrationFromMethods.Create(user, methods, admins.Contains(user.Id));
    }

    public async Task<IReadOnlyList<CoreAuthenticationMethod>> GetMethodsAsync(string userId, CancellationToken cancellationToken)
    {
        var methods = new List<CoreAuthenticationMethod>();
        await foreach (var page in PagesAsync("list methods",
            ct => graph.Users[userId].Authentication.Methods.GetAsync(cancellationToken: ct),
            (next, ct) => graph.Users[userId].Authentication.Methods.WithUrl(next).GetAsync(cancellationToken: ct),
            page => page.Value, GraphModelMapping.ToMethod, cancellationToken).ConfigureAwait(false))
        {
            methods.AddRange(page);
        }

        return methods;
    }

    public async Task<EnforcementPosture> GetEnforcementPostureAsync(CancellationToken cancellationToken)
    {
        var defaults = await CallAsync("read security defaults",
            ct => graph.Policies.IdentitySecurityDefaultsEnforcementPolicy.GetAsync(cancellationToken: ct), cancellationToken).ConfigureAwait(false);

        var policies = new List<ConditionalAccessPolicy>();
        var available = true;
        try
        {
            await foreach (var page in PagesAsync("read conditional access",
                ct => graph.Identity.ConditionalAccess.Policies.GetAsync(cancellationToken: ct),
                (next, ct) => graph.Identity.ConditionalAccess.Policies.WithUrl(next).GetAsync(cancellationToken: ct),
                page => page.Value, p => p, cancellationToken).ConfigureAwait(false))
            {
                policies.AddRange(page);
            }
        }
        catch (GraphFailureException ex) when (ex.Kind is GraphFailureKind.PermissionMissing or GraphFailureKind.NotLicensed)
        {
            // Security defaults needs the same permission (Policy.Read.All) and was readable: a 403 here means no P1 for CA.
            GraphLog.NoConditionalAccess(logger, tenantId, ex.ErrorCode, ex.RequestId);
            available = false;
        }

        var requiring = policies.Where(p => ConditionalAccessEvaluation.Classify(p) == MfaEnforcement.Required).ToList();
        return new EnforcementPosture(
            SecurityDefaultsEnabled: defaults?.IsEnabled ?? false,
            ConditionalAccessAvailable: available,
            PoliciesRequiringMfa: requiring.Count,
            PoliciesOfferingMfa: policies.Count(p => ConditionalAccessEvaluation.Classify(p) == MfaEnforcement.Offered),
            RequiringMfaPolicyNames: [.. requiring.Select(p => p.DisplayName ?? p.Id ?? string.Empty)]);
    }

    public async Task<PerUserMfaState> GetPerUserMfaStateAsync(string userId, CancellationToken cancellationToken)
    {
        var request = new RequestInformation
        {
            HttpMethod = Method.GET,
            URI = new Uri($"{options.GraphBetaUri()}/users/{Uri.EscapeDataString(userId)}/authentication/requirements"),
        };
        request.Headers.TryAdd("Accept", "application/json");
        var result = await CallAsync("read per-user MFA state",
            ct => graph.RequestAdapter.SendAsync(request, AuthenticationRequirements.CreateFromDiscriminatorValue, ErrorMapping, ct),
            cancellationToken).ConfigureAwait(false);
        return result?.PerUserMfaState?.ToUpperInvariant() switch
        {
            "DISABLED" => PerUserMfaState.Disabled,
            "ENABLED" => PerUserMfaState.Enabled,
            "ENFORCED" => PerUserMfaState.Enforced,
            _ => PerUserMfaState.Unknown,
        };
    }

    /// <summary>Unknown for a user gone since the methods were read, or without the permission to read the state.</summary>
    private async Task<PerUserMfaState> PerUserMfaStateOrUnknownAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await GetPerUserMfaStateAsync(userId, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphFailureException failure) when (failure.Kind is GraphFailureKind.NotFound or GraphFailureKind.PermissionMissing)
        {
            return PerUserMfaState.Unknown;
        }
    }

    public async Task<PreferredSecondaryMethod?> GetPreferredSecondaryMethodAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await CallAsync("read default MFA method", ct =>
        {
            var request = new RequestInformation { HttpMethod = Method.GET, URI = SignInPreferencesUri(userId) };
            request.Headers.TryAdd("Accept", "application/json");
            return graph.RequestAdapter.SendAsync(request, SignInPreferences.CreateFromDiscriminatorValue, ErrorMapping, ct);
        }, cancellationToken).ConfigureAwait(false);
        return GraphModelMapping.ToPreferredSecondaryMethod(result?.UserPreferredMethodForSecondaryAuthentication);
    }

    /// <summary>beta, on the configured Graph host (Graph:GraphBaseUrl; a simulator in tests).</summary>
    private Uri SignInPreferencesUri(string userId) =>
        new($"{options.GraphBetaUri()}/users/{Uri.EscapeDataString(userId)}/authentication/signInPreferences");

    /// <summary>Follows @odata.nextLink page by page; only the current page is held.</summary>
    private async IAsyncEnumerable<IReadOnlyList<TOut>> PagesAsync<TPage, TItem, TOut>(
        string operation,
        Func<CancellationToken, Task<TPage?>> first,
        Func<string, CancellationToken, Task<TPage?>> next,
        Func<TPage, List<TItem>?> items,
        Func<TItem, TOut> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TPage : BaseCollectionPaginationCountResponse
    {
        var page = await CallAsync(operation, first, cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            yield return [.. (items(page) ?? []).Select(map)];
            if (string.IsNullOrEmpty(page.OdataNextLink))
            {
                yield break;
            }

            var link = page.OdataNextLink;
            page = await CallAsync(operation, ct => next(link, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one SDK call and translates failures. A 401 gets one more try with a fresh token (a cached token may
    /// predate a consent change); a second 401 means consent is gone.</summary>
    private async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (GraphErrorTranslator.Translate(ex, cancellationToken) is { } failure)
            {
                if (ex is ApiException { ResponseStatusCode: 401 })
                {
                    tokenSource.Invalidate(tenantId);
                    if (attempt == 1)
                    {
                        continue;
                    }
                }

                // Conditions the caller handles and logs once (the poll's, action's or reminder's warning) stay out of the log here.
                var level = failure.Kind is GraphFailureKind.NotFound or GraphFailureKind.NotLicensed or GraphFailureKind.ConsentMissing
                    or GraphFailureKind.PermissionMissing or GraphFailureKind.Throttled ? LogLevel.Debug : LogLevel.Warning;
                GraphLog.CallFailed(logger, level, operation, tenantId, failure.Kind, failure.ErrorCode, failure.RequestId, failure.RetryAfter);
                if (ReferenceEquals(failure, ex))
                {
                    throw;
                }

                throw failure;
            }
        }
    }

    private static async Task<T?> OrNullWhenNotFound<T>(Task<T> call) where T : class?
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (GraphFailureException ex) when (ex.Kind == GraphFailureKind.NotFound)
        {
            return null;
        }
    }
}
