using Microsoft.Kiota.Abstractions.Serialization;

namespace MspConsole.Infrastructure.Graph;

/// <summary>beta /users/{id}/authentication/signInPreferences, which the v1.0 SDK does not model. Read and patched through
/// the same request adapter (auth, retry, diagnostics) with an explicit beta URL, like <see cref="AuthenticationRequirements"/>.
/// Only non-null properties are written, so a PATCH body carries just what is set.</summary>
internal sealed class SignInPreferences : IParsable, IAdditionalDataHolder
{
    public string? UserPreferredMethodForSecondaryAuthentication { get; set; }

    public string? SystemPreferredAuthenticationMethod { get; set; }

    public bool? IsSystemPreferredAuthenticationMethodEnabled { get; set; }

    public IDictionary<string, object> AdditionalData { get; set; } = new Dictionary<string, object>();

    public static SignInPreferences CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["userPreferredMethodForSecondaryAuthentication"] = node => UserPreferredMethodForSecondaryAuthentication = node.GetStringValue(),
        ["systemPreferredAuthenticationMethod"] = node => SystemPreferredAuthenticationMethod = node.GetStringValue(),
        ["isSystemPreferredAuthenticationMethodEnabled"] = node => IsSystemPreferredAuthenticationMethodEnabled = node.GetBoolValue(),
    };

    public void Serialize(ISerializationWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue("userPreferredMethodForSecondaryAuthentication", UserPreferredMethodForSecondaryAuthentication);
        writer.WriteStringValue("systemPreferredAuthenticationMethod", SystemPreferredAuthenticationMethod);
        writer.WriteBoolValue("isSystemPreferredAuthenticationMethodEnabled", IsSystemPreferredAuthenticationMethodEnabled);
        writer.WriteAdditionalData(AdditionalData);
    }
}
