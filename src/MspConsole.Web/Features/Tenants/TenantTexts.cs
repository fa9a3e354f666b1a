namespace MspConsole.Web.Features.Tenants;

public static class TenantTexts
{
    public static string Of(UserFilter filter) => filter switch
    {
        UserFilter.NotRegistered => "Not registered",
        UserFilter.SingleMethod => "Single method",
        UserFilter.Resilient => "Resilient",
        UserFilter.Excluded => "Excluded",
        UserFilter.Disabled => "Disabled accounts",
        UserFilter.Admins => "Admins",
        UserFilter.CriticalAdmins => "Admins without MFA",
        _ => "All users",
    };
}
