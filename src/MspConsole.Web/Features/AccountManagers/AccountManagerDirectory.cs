using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Onboarding;
using MspConsole.Infrastructure.Persistence;
using MspConsole.Web.Security;
using MspConsole.Web.Security.Development;

namespace MspConsole.Web.Features.AccountManagers;

/// <summary>
/// The account managers the console knows: everyone assigned to some tenant, plus (in Development) the account-manager
/// personas. A manager given by UPN alone is looked up here; a new manager needs their Entra object id once.
/// </summary>
public sealed class AccountManagerDirectory(MspConsoleDbContext db, IHostEnvironment environment)
{
    public async Task<IReadOnlyList<KnownAccountManager>> AllAsync(CancellationToken cancellationToken)
    {
        var assigned = await db.AccountManagerAssignments.AsNoTracking()
            .Select(a => new { a.AccountManagerObjectId, a.AccountManagerUpn })
            .Distinct()
            .ToListAsync(cancellationToken);
        var known = assigned.Select(a => new KnownAccountManager(a.AccountManagerObjectId, a.AccountManagerUpn.ToLowerInvariant())).ToList();
        if (environment.IsDevelopment())
        {
            known.AddRange(DevelopmentPersonas.All.Where(p => p.Roles.Contains(Roles.AccountManager))
                .Select(p => new KnownAccountManager(p.ObjectId, p.UserPrincipalName.ToLowerInvariant())));
        }

        return [.. known.DistinctBy(m => m.ObjectId).OrderBy(m => m.Upn, StringComparer.Ordinal)];
    }

    /// <summary>Fills in the object id of managers given by UPN; a problem for a UPN nobody knows.</summary>
    public static (IReadOnlyList<KnownAccountManager> Managers, IReadOnlyList<FieldProblem> Problems) Resolve(
        IReadOnlyList<AccountManagerRef> requested, IReadOnlyList<KnownAccountManager> known)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var managers = new List<KnownAccountManager>();
        var problems = new List<FieldProblem>();
        foreach (var manager in requested)
        {
            if (manager.ObjectId is { } objectId)
            {
                managers.Add(new KnownAccountManager(objectId, manager.Upn));
            }
            else if (known.FirstOrDefault(k => k.Upn == manager.Upn) is { } found)
            {
                managers.Add(found);
            }
            else
            {
                problems.Add(new FieldProblem(OnboardingFields.AccountManagers,
                    "Unknown account manager {0}: give their object id as well (upn|objectId).", [manager.Upn]));
            }
        }

        return ([.. managers.DistinctBy(m => m.ObjectId)], problems);
    }
}
