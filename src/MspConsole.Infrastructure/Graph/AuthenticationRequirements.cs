using Microsoft.Kiota.Abstractions.Serialization;

namespace MspConsole.Infrastructure.Graph;

/// <summary>beta GET /users/{id}/authentication/requirements, which the v1.0 SDK does not model. Read through the same
/// request adapter (auth, retry, diagnostics) with an explicit beta URL.</summary>
internal sealed class AuthenticationRequirements : IParsable, IAdditionalDataHolder
{
    public string? PerUserMfaState { get; set; }

    public IDictionary<string, object> AdditionalData { get; set; } = new Dictionary<string, object>();

    public static AuthenticationRequirements CreateFromDiscriminatorValue(IParseNode parseNode) => new();

    public IDictionary<string, Action<IParseNode>> GetFieldDeserializers() => new Dictionary<string, Action<IParseNode>>
    {
        ["perUserMfaState"] = node => PerUserMfaState = node.GetStringValue(),
    };

    public void Serialize(ISerializationWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue("perUserMfaState", PerUserMfaState);
        writer.WriteAdditionalData(AdditionalData);
    }
}
