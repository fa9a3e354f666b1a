using MspConsole.Core.Graph;

namespace MspConsole.Web.Features.Actions;

/// <summary>
/// What an action form posts. Without <see cref="Confirmed"/> it is a first step (e.g. the user page's button) and gets
/// the confirmation page; with it, the confirmed action. <see cref="IdempotencyKey"/> is issued by the confirmation page.
/// </summary>
public sealed record ActionForm
{
    /// <summary>The registration report's method name the user page's "Remove" button carries (e.g. mobilePhone).</summary>
    public string? Method { get; init; }

    /// <summary>The chosen method as "{kind}:{id}".</summary>
    public string? MethodRef { get; init; }

    public PhoneType? PhoneType { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Reason { get; init; }

    public string? Ticket { get; init; }

    public string? CallerVerification { get; init; }

    public int? LifetimeMinutes { get; init; }

    public bool IsUsableOnce { get; init; } = true;

    public bool RevokeSessions { get; init; }

    public Guid? IdempotencyKey { get; init; }

    public bool Confirmed { get; init; }

    public static string Ref(AuthenticationMethod method) => $"{method.Kind}:{method.Id}";
}
