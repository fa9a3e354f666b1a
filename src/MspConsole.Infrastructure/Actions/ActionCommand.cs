using MspConsole.Core.Actions;

namespace MspConsole.Infrastructure.Actions;

/// <summary>One action on one user as the engineer confirmed it.</summary>
public sealed record ActionCommand(
    Guid TenantId,
    string UserObjectId,
    HelpdeskAction Action,
    ActionParameters Parameters,
    string Reason,
    string? TicketReference,
    string? CallerVerification);
