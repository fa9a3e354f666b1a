using MspConsole.Core.Actions;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Web.Features.Actions;

/// <summary>What came of an action, an approval or a rejection. <see cref="Result"/>.Pass is shown once, in this response only.</summary>
public sealed record ActionResultViewModel(
    HelpdeskAction Action,
    string? TargetUpn,
    string BackUrl,
    HelpdeskActionResult? Result,
    string? DuplicateSummary = null,
    ActionRequestRefusal? Refusal = null,
    MfaStatus? StatusAfter = null,
    Guid? TenantId = null,
    string? ObjectId = null,
    bool PassAlreadyShown = false);
