namespace MspConsole.Web.Features.Admin;

public sealed record AdminTenantPage(
    AdminTenantDetails Tenant,
    Uri ConsentLink,
    Uri RedirectUri,
    IReadOnlyList<KnownAccountManager> KnownManagers,
    TenantSettingsInput Settings,
    IReadOnlyList<LineProblem> SettingsProblems,
    ConnectionReport? Test,
    string? Message);
