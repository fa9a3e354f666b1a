using MspConsole.Core.Actions;

namespace MspConsole.Web.Features.Actions;

/// <summary>A four-eyes request as its page shows it to <paramref name="ReaderObjectId"/>.</summary>
public sealed record RequestViewModel(ApprovalRow Row, string ReaderObjectId, TimeSpan IssueWindow, ActionRequestRefusal? Refusal, DateTimeOffset Now)
{
    public bool IsMine => Row.IsBy(ReaderObjectId);

    public DateTimeOffset? IssueBefore => Row.IssueBefore(IssueWindow);

    public bool CanIssueNow => IsMine && IssueBefore > Now;
}
