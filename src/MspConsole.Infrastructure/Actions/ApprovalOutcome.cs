using MspConsole.Core.Actions;

namespace MspConsole.Infrastructure.Actions;

/// <summary>A four-eyes decision: the request (null when unknown), why it could not be decided, or the action's result after approval.</summary>
public sealed record ApprovalOutcome(ActionRequest? Request, ActionRequestRefusal? Refusal, HelpdeskActionResult? Result);
