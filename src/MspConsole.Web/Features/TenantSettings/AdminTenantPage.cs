using MspConsole.Web.Features.AccountManagers;
using MspConsole.Web.Features.Onboarding;

namespace MspConsole.Web.Features.TenantSettings;

public sealed record AdminTenantPage(
    AdminTenantDetails Tenant,
    Uri ConsentLink,
    Uri RedirectUri,
    IReadOnlyList<KnownAccountManager> KnownManagers,
    TenantSettingsInput Settings,
    IReadOnlyList<LineProblem> SettingsProblems,
    ConnectionReport? Test,
    string? Message);
