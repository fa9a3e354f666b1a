using MspConsole.Core.Actions;
using MspConsole.Core.Graph;
using MspConsole.Core.Users;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Web.Features.Actions;

/// <summary>Turns a confirmed form into a command, or says (as resource keys) what is missing.</summary>
public static class ActionFormValidation
{
    public const int TicketMaxLength = 256;

    public static (ActionCommand? Command, IReadOnlyList<string> Errors) Validate(ActionTarget target, HelpdeskAction action, ActionForm form, ActionsOptions options)
    {
        var errors = new List<string>();
        var (reason, ticket) = ReasonAndTicket(form.Reason, form.Ticket, errors);
        string? verification = null;
        if (HelpdeskActionRules.NeedsCallerVerification(action))
        {
            verification = options.CallerVerifications.FirstOrDefault(v => string.Equals(v, form.CallerVerification, StringComparison.Ordinal));
            if (verification is null)
            {
                errors.Add("Record how the caller was verified.");
            }
        }

        if (form.IdempotencyKey is null || form.IdempotencyKey == Guid.Empty)
        {
            errors.Add("The form is incomplete; open the action again.");
        }

        var parameters = Parameters(action, form, options, errors);
        return errors.Count > 0 || reason is null
            ? (null, errors)
            : (new ActionCommand(target.TenantId, target.ObjectId, action, parameters, reason, ticket, verification), errors);
    }

    /// <summary>The trimmed reason and ticket, or the errors that say what is missing or too long; one rule for the single and bulk routes.</summary>
    public static (string? Reason, string? Ticket) ReasonAndTicket(string? reason, string? ticket, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var trimmedReason = reason?.Trim();
        if (string.IsNullOrEmpty(trimmedReason))
        {
            errors.Add("A reason is required.");
        }
        else if (trimmedReason.Length > TenantUser.ReasonMaxLength)
        {
            errors.Add("The reason is too long.");
        }

        var trimmedTicket = string.IsNullOrWhiteSpace(ticket) ? null : ticket.Trim();
        if (trimmedTicket?.Length > TicketMaxLength)
        {
            errors.Add("The ticket reference is too long.");
        }

        return (trimmedReason, trimmedTicket);
    }

    private static ActionParameters Parameters(HelpdeskAction action, ActionForm form, ActionsOptions options, List<string> errors)
    {
        switch (action)
        {
            case HelpdeskAction.RemoveMethod:
                if (ParseRef(form.MethodRef) is { } method)
                {
                    return new ActionParameters(MethodId: method.Id, MethodKind: method.Kind);
                }

                errors.Add("Choose the method to remove.");
                return new ActionParameters();
            case HelpdeskAction.CorrectPhone:
                var number = PhoneNumbers.Normalize(form.PhoneNumber);
                if (form.PhoneType is null)
                {
                    errors.Add("Choose the phone to correct.");
                }

                if (number is null)
                {
                    errors.Add("Enter the number with its country code, e.g. +32 470 12 34 56.");
                }

                return new ActionParameters(PhoneType: form.PhoneType, PhoneNumber: number);
            case HelpdeskAction.TemporaryAccessPass:
                var lifetime = form.LifetimeMinutes ?? options.PassLifetimeMinutes;
                if (lifetime < 10 || lifetime > options.MaxPassLifetimeMinutes)
                {
                    errors.Add("The lifetime is outside what the policy allows.");
                }

                return new ActionParameters(LifetimeMinutes: lifetime, IsUsableOnce: form.IsUsableOnce);
            case HelpdeskAction.ResetAllMethods:
                return new ActionParameters(RevokeSessions: form.RevokeSessions);
            default:
                return new ActionParameters();
        }
    }

    public static (AuthenticationMethodKind Kind, string Id)? ParseRef(string? value)
    {
        var separator = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (value is null || separator <= 0 || separator == value.Length - 1
            || !Enum.TryParse<AuthenticationMethodKind>(value[..separator], out var kind) || !Enum.IsDefined(kind)
            || kind is AuthenticationMethodKind.Password or AuthenticationMethodKind.Other)
        {
            return null;
        }

        return (kind, value[(separator + 1)..]);
    }
}
