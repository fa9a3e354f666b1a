namespace MspConsole.Web.Features.Tenants;

public enum UserFilter
{
    All,
    NotRegistered,
    SingleMethod,
    Resilient,
    Excluded,
    Disabled,
    Admins,
    CriticalAdmins,
}
