using System.Text;

namespace MspConsole.Core.Graph;

/// <summary>A freshly issued Temporary Access Pass. <see cref="Pass"/> is the secret: show it once, never store
/// or log it (ToString leaves it out).</summary>
public sealed record TemporaryAccessPass(
    string MethodId,
    string Pass,
    DateTimeOffset? StartsAt,
    int? LifetimeMinutes,
    bool IsUsableOnce,
    string? RequestId)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("MethodId = ").Append(MethodId)
            .Append(", Pass = ***, StartsAt = ").Append(StartsAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", LifetimeMinutes = ").Append(LifetimeMinutes?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", IsUsableOnce = ").Append(IsUsableOnce ? "True" : "False")
            .Append(", RequestId = ").Append(RequestId);
        return true;
    }
}
