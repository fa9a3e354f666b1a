using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Api;

/// <summary>
/// The read-only API under <c>/api/v1</c>. Every handler resolves the key's tenant scope first; a tenant outside it
/// answers 404 exactly like one that does not exist. Lists page by key (the row id), so a poll that updates rows
/// between two pages neither repeats nor skips a user.
/// </summary>
public static class ConsoleApi
{
    public static RouteGroupBuilder MapConsoleApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .RequireAuthorization(ApiKeyClaims.Policy)
            .RequireRateLimiting(ApiKeyClaims.RateLimitPolicy)
            .WithTags("MspConsole")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/tenants", TenantsAsync).WithName("ListTenants");
        api.MapGet("/tenants/{id:guid}/users", UsersAsync).WithName("ListTenantUsers").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tenants/{id:guid}/snapshots", SnapshotsAsync).WithName("ListTenantSnapshots").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/audit", AuditAsync).WithName("ListAuditEntries").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ApiTenant>>> TenantsAsync(HttpContext http, MspConsoleDbContext db, CancellationToken cancellationToken)
    {
        var scope = await ApiScope.ResolveAsync(http.User, db, cancellationToken);
        var tenants = await db.Tenants.AsNoTracking().InScope(scope).OrderBy(tenant => tenant.DisplayName).ToListAsync(cancellationToken);
        IReadOnlyList<ApiTenant> result = [.. tenants.Select(tenant => new ApiTenant(
            tenant.Id, tenant.DisplayName, tenant.DefaultDomain, [.. tenant.TagList],
            ApiFigures.From(UserCounts.Of(tenant.Figures)),
            new ApiEnforcement(tenant.SecurityDefaultsEnabled, tenant.ConditionalAccessMfaPolicies),
            tenant.ConsentState.ToString(),
            new ApiPollHealth(tenant.LastPollOutcome?.ToString(), tenant.LastPollStartedAt, tenant.LastPollFinishedAt, tenant.LastSuccessfulPollAt,
                tenant.LastPollError, tenant.PollingPaused, tenant.OffboardedAt)))];
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<ApiPage<ApiUser>>, ProblemHttpResult>> UsersAsync(
        Guid id, HttpContext http, MspConsoleDbContext db, IOptions<ApiOptions> options, CancellationToken cancellationToken,
        MfaStatus? status = null, DateTimeOffset? modifiedSince = null, int? pageSize = null, long? after = null)
    {
        if (!await InScopeAsync(http, db, id, cancellationToken))
        {
            return NotFound();
        }

        var size = PageSize(pageSize, options.Value);
        var users = db.TenantUsers.AsNoTracking().Where(user => user.TenantId == id && user.RemovedAt == null);
        if (status is { } wanted)
        {
            users = users.Where(user => user.Status == wanted);
        }

        if (modifiedSince is { } since)
        {
            users = users.Where(user => user.LastUpdatedInGraph >= since);
        }

        if (after is { } lastId)
        {
            users = users.Where(user => user.Id > lastId);
        }

        var rows = await users.OrderBy(user => user.Id).Take(size + 1)
            .Select(user => new ApiUser(user.Id, user.ObjectId, user.UserPrincipalName, user.DisplayName, user.Status.ToString(), user.MethodsRegistered,
                user.DefaultMethod, user.IsAdmin, user.IsGuest, user.DisabledAt != null, user.LastUpdatedInGraph, user.LastSeenAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Page(http, rows, size, user => user.Id));
    }

    private static async Task<Results<Ok<IReadOnlyList<ApiSnapshot>>, ProblemHttpResult>> SnapshotsAsync(
        Guid id, HttpContext http, MspConsoleDbContext db, TimeProvider time, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null)
    {
        if (!await InScopeAsync(http, db, id, cancellationToken))
        {
            return NotFound();
        }

        var last = to ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var first = from ?? last.AddDays(-90);
        IReadOnlyList<ApiSnapshot> rows = await db.TenantSnapshots.AsNoTracking()
            .Where(snapshot => snapshot.TenantId == id && snapshot.Day >= first && snapshot.Day <= last)
            .OrderBy(snapshot => snapshot.Day)
            .Select(snapshot => new ApiSnapshot(snapshot.Day, snapshot.TotalUsers, snapshot.NotRegistered, snapshot.SingleMethod, snapshot.Resilient, snapshot.Excluded,
                snapshot.AdminsWithoutMfa, snapshot.AuthenticatorUsers, snapshot.MobilePhoneUsers, snapshot.EmailUsers, snapshot.OfficePhoneUsers,
                snapshot.OtherMfaMethodUsers, snapshot.PerUserMfaEnforced, snapshot.TakenAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<ApiPage<ApiAuditEntry>>, ProblemHttpResult>> AuditAsync(
        HttpContext http, MspConsoleDbContext db, IOptions<ApiOptions> options, CancellationToken cancellationToken,
        DateTimeOffset? from = null, DateTimeOffset? to = null, Guid? tenantId = null, int? pageSize = null, long? after = null)
    {
        var scope = await ApiScope.ResolveAsync(http.User, db, cancellationToken);
        if (tenantId is { } only && !(scope.Includes(only) && await db.Tenants.AnyAsync(tenant => tenant.Id == only, cancellationToken)))
        {
            return NotFound();
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (tenantId is { } wanted)
        {
            entries = entries.Where(entry => entry.TenantId == wanted);
        }
        else if (!scope.IsAll)
        {
            // A scoped key sees the entries about its tenants, never the console-wide ones.
            entries = entries.Where(entry => entry.TenantId != null && scope.TenantIds.Contains(entry.TenantId.Value));
        }

        if (from is { } start)
        {
            entries = entries.Where(entry => entry.OccurredAt >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(entry => entry.OccurredAt < end);
        }

        if (after is { } lastId)
        {
            entries = entries.Where(entry => entry.Id > lastId);
        }

        var size = PageSize(pageSize, options.Value);
        var rows = await entries.OrderBy(entry => entry.Id).Take(size + 1)
            .Select(entry => new ApiAuditEntry(entry.Id, entry.OccurredAt, entry.ActorObjectId, entry.ActorUpn, entry.ActorRole, entry.Action, entry.Outcome.ToString(),
                entry.TenantId, entry.TargetUserObjectId, entry.TargetUpn, entry.Reason, entry.TicketReference, entry.Before, entry.After, entry.Error,
                entry.CorrelationId, entry.GraphRequestId, entry.PreviousHash, entry.Hash))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Page(http, rows, size, entry => entry.Id));
    }

    private static async Task<bool> InScopeAsync(HttpContext http, MspConsoleDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var scope = await ApiScope.ResolveAsync(http.User, db, cancellationToken);
        return scope.Includes(tenantId) && await db.Tenants.AnyAsync(tenant => tenant.Id == tenantId, cancellationToken);
    }

    private static int PageSize(int? requested, ApiOptions options) => Math.Clamp(requested ?? options.MaxPageSize, 1, options.MaxPageSize);

    /// <summary>Rows were read one past the page size: if that extra row exists, the next page starts after the last row kept.</summary>
    private static ApiPage<T> Page<T>(HttpContext http, List<T> rows, int size, Func<T, long> key)
    {
        if (rows.Count <= size)
        {
            return new ApiPage<T>(rows, null);
        }

        rows.RemoveAt(size);
        var query = http.Request.Query.Where(pair => !pair.Key.Equals("after", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
        query["after"] = key(rows[^1]).ToString(CultureInfo.InvariantCulture);
        var request = http.Request;
        var next = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", query);
        return new ApiPage<T>(rows, next);
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such tenant in this key's scope.");
}
