using MspConsole.Web.Shared;

namespace MspConsole.Web.Features.Users;

/// <summary>The user page. <paramref name="Methods"/> are read live from Graph (null when that failed: the page then lists
/// the names the last poll stored).</summary>
public sealed record UserViewModel(UserDetails User, IReadOnlyList<string> StatusReasons, IReadOnlyList<ReminderRow> Reminders, IReadOnlyList<AuditRow> Actions,
    string? Message = null, IReadOnlyList<MethodDetails>? Methods = null, LiveDefaultMethod? LiveDefault = null)
{
    /// <summary>The default method's name (a resource key): as Graph has it now when that could be read, else as last polled.</summary>
    public string DefaultMethodName => LiveDefault is { } live ? DefaultMethodNames.Of(live.Method) : DefaultMethodNames.Of(User.DefaultMethod);
}
