namespace MspConsole.Web.Features.Actions;

public sealed record ApprovalsViewModel(IReadOnlyList<ApprovalRow> Pending, IReadOnlyList<ApprovalRow> ReadyToIssue, IReadOnlyList<ApprovalRow> Recent,
    string CurrentObjectId, TimeSpan IssueWindow);
