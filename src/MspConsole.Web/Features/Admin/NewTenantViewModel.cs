namespace MspConsole.Web.Features.Admin;

public sealed record NewTenantViewModel(NewTenantInput Input, IReadOnlyList<KnownAccountManager> KnownManagers, IReadOnlyList<LineProblem> Problems);
