using MspConsole.Web.Features.AccountManagers;

namespace MspConsole.Web.Features.Onboarding;

public sealed record NewTenantViewModel(NewTenantInput Input, IReadOnlyList<KnownAccountManager> KnownManagers, IReadOnlyList<LineProblem> Problems);
