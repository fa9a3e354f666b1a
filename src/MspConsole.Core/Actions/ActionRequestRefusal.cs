namespace MspConsole.Core.Actions;

/// <summary>Why a four-eyes request cannot be approved, rejected or (an approved pass) issued.</summary>
public enum ActionRequestRefusal
{
    /// <summary>The requester cannot approve their own request: that would be two eyes.</summary>
    OwnRequest,
    AlreadyDecided,
    Expired,
    /// <summary>Only the requester, who has the caller on the line, may issue an approved pass.</summary>
    NotYourRequest,
    /// <summary>The pass was approved, but not issued within the issue window: it must be requested again.</summary>
    IssueWindowPassed,
    /// <summary>The pass was already issued (it is shown once) or the request is not an approved pass.</summary>
    NotIssuable,
}
