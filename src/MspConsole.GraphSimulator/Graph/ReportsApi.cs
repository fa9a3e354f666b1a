using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MspConsole.GraphSimulator.Model;
using MspConsole.GraphSimulator.State;

namespace MspConsole.GraphSimulator.Graph;

/// <summary><c>/reports/authenticationMethods/userRegistrationDetails</c> (v1.0 and beta), with paging and $filter.</summary>
internal static class ReportsApi
{
    private const string Path = "reports/authenticationMethods/userRegistrationDetails";

    private static readonly HashSet<string> Filterable = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "userPrincipalName", "userDisplayName", "userType", "isAdmin", "isMfaRegistered", "isMfaCapable",
        "isPasswordlessCapable", "isSsprRegistered", "isSsprEnabled", "isSsprCapable",
        "isSystemPreferredAuthenticationMethodEnabled", "methodsRegistered", "systemPreferredAuthenticationMethods",
        "userPreferredMethodForSecondaryAuthentication", "defaultMfaMethod",
    };

    public static void Map(RouteGroupBuilder graph)
    {
        graph.MapGet("/" + Path, List).RequireAnyRole(Permissions.ReadReports);
        graph.MapGet("/" + Path + "/{id}", Get).RequireAnyRole(Permissions.ReadReports);
    }

    private static IResult List(HttpContext context, SimulatorState state)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        if (!caller.Tenant.Licensed)
        {
            return NotLicensed(context);
        }

        var (page, error) = PageRequest.Read(context.Request, state.Options.ReportPageSize);
        if (page is null)
        {
            return GraphErrors.BadRequest(context, error ?? "Invalid request.");
        }

        Comparison<UserRegistrationDetails>? order = null;
        if (page.OrderBy is not null && !ReportOrder.TryParse(page.OrderBy, out order, out var orderError))
        {
            return GraphErrors.BadRequest(context, orderError);
        }

        Func<UserRegistrationDetails, bool> match;
        try
        {
            match = page.Filter is null ? _ => true : ODataFilter<UserRegistrationDetails>.Parse(page.Filter, ReadProperty, Filterable);
        }
        catch (FormatException e)
        {
            return GraphErrors.BadRequest(context, e.Message);
        }

        var beta = GraphLinks.Version(context.Request) == "beta";
        var tenant = caller.Tenant;
        if (order is not null)
        {
            return OrderedPage(context, page, order, match, tenant, beta);
        }

        var (rows, more) = tenant.Read(users =>
        {
            var selected = users.PageAfter(page.AfterKey, u => u.AccountEnabled && match(RegistrationCalculator.Compute(u, tenant, beta)),
                page.PageSize, out var hasMore);
            return (selected.ConvertAll(u => RegistrationCalculator.Compute(u, tenant, beta)), hasMore);
        });
        var next = more && rows.Count > 0 ? page.NextLink(context.Request, Path, rows[^1].Id) : null;
        return GraphJson.Collection(context, "reports/authenticationMethods/userRegistrationDetails", rows, next);
    }

    /// <summary>Under <c>$orderby</c> the whole matching set is sorted and served in slices; the skip token counts rows served.</summary>
    private static IResult OrderedPage(HttpContext context, PageRequest page, Comparison<UserRegistrationDetails> order,
        Func<UserRegistrationDetails, bool> match, SimTenant tenant, bool beta)
    {
        var offset = page.AfterKey is null ? 0 : int.Parse(page.AfterKey, System.Globalization.CultureInfo.InvariantCulture);
        var sorted = tenant.Read(users => users.All.Where(u => u.AccountEnabled)
            .Select(u => RegistrationCalculator.Compute(u, tenant, beta)).Where(match).ToList());
        sorted.Sort(order);
        var rows = sorted.Skip(offset).Take(page.PageSize).ToList();
        var served = offset + rows.Count;
        var next = served < sorted.Count ? page.NextLink(context.Request, Path, served.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        return GraphJson.Collection(context, "reports/authenticationMethods/userRegistrationDetails", rows, next);
    }

    private static IResult Get(string id, HttpContext context)
    {
        var caller = GraphPipelineMiddleware.GetCaller(context);
        if (!caller.Tenant.Licensed)
        {
            return NotLicensed(context);
        }

        var beta = GraphLinks.Version(context.Request) == "beta";
        var row = caller.Tenant.Read(users => users.Find(id) is { AccountEnabled: true } u ? RegistrationCalculator.Compute(u, caller.Tenant, beta) : null);
        if (row is null)
        {
            return GraphErrors.NotFound(context, id);
        }

        return GraphJson.Entity(context, "reports/authenticationMethods/userRegistrationDetails/$entity", row);
    }

    internal static IResult NotLicensed(HttpContext context) =>
        GraphErrors.Result(context, 403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
            "Tenant does not have a SKU required for this call. Please check if the tenant has a premium license (Entra ID P1 or P2).");

    private static object? ReadProperty(UserRegistrationDetails row, string name) => name.ToUpperInvariant() switch
    {
        "ID" => row.Id,
        "USERPRINCIPALNAME" => row.UserPrincipalName,
        "USERDISPLAYNAME" => row.UserDisplayName,
        "USERTYPE" => row.UserType,
        "ISADMIN" => row.IsAdmin,
        "ISMFAREGISTERED" => row.IsMfaRegistered,
        "ISMFACAPABLE" => row.IsMfaCapable,
        "ISPASSWORDLESSCAPABLE" => row.IsPasswordlessCapable,
        "ISSSPRREGISTERED" => row.IsSsprRegistered,
        "ISSSPRENABLED" => row.IsSsprEnabled,
        "ISSSPRCAPABLE" => row.IsSsprCapable,
        "ISSYSTEMPREFERREDAUTHENTICATIONMETHODENABLED" => row.IsSystemPreferredAuthenticationMethodEnabled,
        "METHODSREGISTERED" => row.MethodsRegistered,
        "SYSTEMPREFERREDAUTHENTICATIONMETHODS" => row.SystemPreferredAuthenticationMethods,
        "USERPREFERREDMETHODFORSECONDARYAUTHENTICATION" => row.UserPreferredMethodForSecondaryAuthentication,
        "DEFAULTMFAMETHOD" => row.DefaultMfaMethod,
        _ => null,
    };
}
