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

        if (context.Request.Query.ContainsKey("$orderby"))
        {
            return GraphErrors.BadRequest(context, "The simulator does not implement $orderby on userRegistrationDetails.");
        }

        var (page, error) = PageRequest.Read(context.Request, state.Options.ReportPageSize);
        if (page is null)
        {
            return GraphErrors.BadRequest(context, error ?? "Invalid request.");
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
        var (rows, more) = tenant.Read(users =>
        {
            var selected = users.PageAfter(page.AfterKey, u => u.AccountEnabled && match(RegistrationCalculator.Compute(u, tenant, beta)),
                page.PageSize, out var hasMore);
            return (selected.ConvertAll(u => RegistrationCalculator.Compute(u, tenant, beta)), hasMore);
        });
        var next = more && rows.Count > 0 ? page.NextLink(context.Request, Path, rows[^1].Id) : null;
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
