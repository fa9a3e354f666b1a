using MspConsole.Web.Features.AccountManagers;

namespace MspConsole.Web.Features.Api;

/// <summary>The API key page. <see cref="NewSecret"/> is set only on the answer to the create form: the one time the key is shown.</summary>
public sealed record ApiKeysViewModel(IReadOnlyList<ApiKeyRow> Keys, IReadOnlyList<KnownAccountManager> Managers, DateOnly DefaultExpiry, string? NewSecret, string? Message);
