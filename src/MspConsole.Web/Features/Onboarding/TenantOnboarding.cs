using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Onboarding;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Features.AccountManagers;
using MspConsole.Web.Features.TenantSettings;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// Checks onboarding input (fields, discovery, duplicates in the input and in the database) without writing anything,
/// then adds the checked tenants in batches. A tenant that is in the console but offboarded is not refused: it is
/// brought back (<see cref="TenantReactivation"/>). The form, the CSV import and the GDAP import all come through here.
/// </summary>
public sealed class TenantOnboarding(
    MspConsoleDbContext db,
    TenantIdentityResolver identities,
    AccountManagerDirectory managers,
    IOptions<OnboardingOptions> options)
{
    /// <summary>Parameters per IN (...) query: well under SQL Server's 2,100 and SQLite's 32,766.</summary>
    private const int LookupChunk = 500;

    public async Task<OnboardingCheck> CheckAsync(IReadOnlyList<(int Line, RawTenantFields Fields)> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var problems = new ConcurrentBag<LineProblem>();
        var known = await managers.AllAsync(cancellationToken);
        var drafts = new List<(int Line, TenantDraft Draft, IReadOnlyList<KnownAccountManager> Managers)>();
        foreach (var (line, fields) in rows)
        {
            var (draft, fieldProblems) = TenantDraftParser.Parse(fields);
            Add(problems, line, fieldProblems);
            if (draft is null)
            {
                continue;
            }

            var (resolved, managerProblems) = AccountManagerDirectory.Resolve(draft.AccountManagers, known);
            Add(problems, line, managerProblems);
            if (managerProblems.Count == 0)
            {
                drafts.Add((line, draft, resolved));
            }
        }

        var candidates = new ConcurrentBag<OnboardingCandidate>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.DiscoveryConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(drafts, parallel, async (item, ct) =>
        {
            var (tenantId, problem) = await identities.ResolveAsync(item.Draft, ct);
            if (problem is not null)
            {
                Add(problems, item.Line, [problem]);
            }
            else if (tenantId is { } id)
            {
                candidates.Add(new OnboardingCandidate(item.Line, id, item.Draft.StoredDomain(id), item.Draft, item.Managers));
            }
        });

        var unique = WithoutDuplicatesInInput([.. candidates.OrderBy(c => c.Line)], problems);
        var valid = await WithoutExistingAsync(unique, problems, cancellationToken);
        return new OnboardingCheck(rows.Count, valid, [.. problems.OrderBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal)]);
    }

    /// <summary>The second and later rows naming the same tenant (by id or domain) are errors pointing at the first.</summary>
    private static List<OnboardingCandidate> WithoutDuplicatesInInput(List<OnboardingCandidate> candidates, ConcurrentBag<LineProblem> problems)
    {
        var firstById = new Dictionary<Guid, int>();
        var firstByDomain = new Dictionary<string, int>(StringComparer.Ordinal);
        var unique = new List<OnboardingCandidate>();
        foreach (var candidate in candidates)
        {
            if (firstById.TryGetValue(candidate.TenantId, out var line) || firstByDomain.TryGetValue(candidate.Domain, out line))
            {
                problems.Add(new LineProblem(candidate.Line, OnboardingFields.Domain, "The same tenant as line {0}.", [line.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
                continue;
            }

            firstById[candidate.TenantId] = candidate.Line;
            firstByDomain[candidate.Domain] = candidate.Line;
            unique.Add(candidate);
        }

        return unique;
    }

    private async Task<List<OnboardingCandidate>> WithoutExistingAsync(List<OnboardingCandidate> candidates, ConcurrentBag<LineProblem> problems,
        CancellationToken cancellationToken)
    {
        var existing = new List<(Guid Id, string Domain, string Name, DateTimeOffset? OffboardedAt)>();
        foreach (var chunk in candidates.Chunk(LookupChunk))
        {
            var ids = chunk.Select(c => c.TenantId).ToList();
            var domains = chunk.Select(c => c.Domain).ToList();
            var found = await db.Tenants.AsNoTracking()
                .Where(t => ids.Contains(t.Id) || domains.Contains(t.DefaultDomain))
                .Select(t => new { t.Id, t.DefaultDomain, t.DisplayName, t.OffboardedAt })
                .ToListAsync(cancellationToken);
            existing.AddRange(found.Select(t => (t.Id, t.DefaultDomain, t.DisplayName, t.OffboardedAt)));
        }

        var valid = new List<OnboardingCandidate>();
        foreach (var candidate in candidates)
        {
            var match = existing.FirstOrDefault(e => e.Id == candidate.TenantId || e.Domain == candidate.Domain);
            if (match.Id == Guid.Empty)
            {
                valid.Add(candidate);
                continue;
            }

            if (match.OffboardedAt is not null && match.Id == candidate.TenantId)
            {
                valid.Add(candidate with { Reactivates = true });
                continue;
            }

            problems.Add(match.OffboardedAt is null
                ? new LineProblem(candidate.Line, OnboardingFields.Domain, "Already in the console as {0} ({1}).", [match.Name, match.Domain])
                : new LineProblem(candidate.Line, OnboardingFields.Domain, "Already in the console as {0} ({1}), offboarded.", [match.Name, match.Domain]));
        }

        return valid;
    }

    private static void Add(ConcurrentBag<LineProblem> problems, int line, IEnumerable<FieldProblem> fieldProblems)
    {
        foreach (var problem in fieldProblems)
        {
            problems.Add(new LineProblem(line, problem.Field, problem.Message, problem.Arguments));
        }
    }

    /// <summary>The tenant entity for a checked candidate.</summary>
    public static Tenant ToTenant(OnboardingCandidate candidate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var draft = candidate.Draft;
        var tenant = new Tenant(candidate.TenantId, draft.DisplayName, candidate.Domain, draft.ContractOwner, draft.Language, now);
        tenant.SetContract(draft.ContractOwner, draft.CustomerItContact);
        tenant.SetTags(draft.Tags);
        return tenant;
    }
}
