using MspConsole.Core.Actions;
using MspConsole.Core.Tenants;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Web.Features.Actions;

public sealed record BulkViewModel(Guid TenantId, string TenantName, HelpdeskAction Action, IReadOnlyList<BulkUser> Users, string? Reason, string? Ticket,
    Guid IdempotencyKey, IReadOnlyList<string> Errors, IReadOnlyList<(string Upn, HelpdeskActionResult Result)>? Results = null, bool AlreadySubmitted = false,
    TenantStanding Standing = TenantStanding.Active);
