namespace MspConsole.Core.Actions;

/// <summary>Why a four-eyes request cannot be approved or rejected.</summary>
public enum ActionRequestRefusal
{
    /// <summary>The requester cannot approve their own request: that would be two eyes.</summary>
    OwnRequest,
    AlreadyDecided,
    Expired,
}
