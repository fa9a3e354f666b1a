using MspConsole.Core.Actions;

namespace MspConsole.Core.Tests.Actions;

public sealed class ActionRequestTests
{
    private const string Requester = "11111111-1111-1111-1111-111111111111";
    private const string Approver = "22222222-2222-2222-2222-222222222222";
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);
    private static readonly TimeSpan IssueWindow = TimeSpan.FromMinutes(15);

    private static ActionRequest NewRequest(HelpdeskAction action = HelpdeskAction.TemporaryAccessPass, string? ticket = " T-42 ") =>
        new(Guid.NewGuid(), "target-oid", "jan@contoso.be", action, "{}", "  caller verified by phone  ", ticket, "Call-back",
            Requester, "requester@msp.example", "Helpdesk", Now, Lifetime);

    [Fact]
    public void New_IsPending_TrimsItsTexts_AndExpiresAfterItsLifetime()
    {
        var request = NewRequest();

        Assert.True(request.IsPending);
        Assert.Equal(("caller verified by phone", "T-42", Now + Lifetime), (request.Reason, request.TicketReference, request.ExpiresAt));
        Assert.Null(NewRequest(ticket: "  ").TicketReference);
    }

    [Fact]
    public void New_WithoutLifetimeOrReason_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActionRequest(Guid.NewGuid(), "t", "u", HelpdeskAction.ResetAllMethods, "{}", "reason",
            null, null, Requester, "r", "Helpdesk", Now, TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new ActionRequest(Guid.NewGuid(), "t", "u", HelpdeskAction.ResetAllMethods, "{}", " ",
            null, null, Requester, "r", "Helpdesk", Now, Lifetime));
    }

    [Fact]
    public void CannotBeDecidedBy_TheRequester_InAnyCase_IsOwnRequest() =>
        Assert.Equal(ActionRequestRefusal.OwnRequest, NewRequest().CannotBeDecidedBy(Requester.ToUpperInvariant(), Now));

    [Fact]
    public void CannotBeDecidedBy_AnotherPersonInTime_IsNull() =>
        Assert.Null(NewRequest().CannotBeDecidedBy(Approver, Now + Lifetime - TimeSpan.FromSeconds(1)));

    [Fact]
    public void CannotBeDecidedBy_AtOrAfterExpiry_IsExpired() =>
        Assert.Equal(ActionRequestRefusal.Expired, NewRequest().CannotBeDecidedBy(Approver, Now + Lifetime));

    [Fact]
    public void Approve_RecordsTheApprover_AndASecondDecisionIsRefused()
    {
        var request = NewRequest();
        var version = request.Version;

        request.Approve(Approver, "approver@msp.example", Now.AddMinutes(5));

        Assert.Equal((ActionRequestStatus.Approved, Approver, "approver@msp.example", (DateTimeOffset?)Now.AddMinutes(5)),
            (request.Status, request.DecidedByObjectId, request.DecidedByUpn, request.DecidedAt));
        Assert.NotEqual(version, request.Version);
        Assert.Equal(ActionRequestRefusal.AlreadyDecided, request.CannotBeDecidedBy("33333333-3333-3333-3333-333333333333", Now.AddMinutes(6)));
        Assert.Throws<InvalidOperationException>(() => request.Reject("33333333-3333-3333-3333-333333333333", "x", null, Now.AddMinutes(6)));
    }

    [Fact]
    public void Approve_ByTheRequester_Throws()
    {
        var request = NewRequest();

        Assert.Throws<InvalidOperationException>(() => request.Approve(Requester, "requester@msp.example", Now));
        Assert.True(request.IsPending);
    }

    [Fact]
    public void Reject_KeepsATrimmedNote_CutToTheColumn()
    {
        var request = NewRequest();

        request.Reject(Approver, "approver@msp.example", "  " + new string('n', ActionRequest.TextMaxLength + 10) + "  ", Now);

        Assert.Equal(ActionRequestStatus.Rejected, request.Status);
        Assert.Equal(ActionRequest.TextMaxLength, request.DecisionNote?.Length);
    }

    [Fact]
    public void Expire_OnlyWhenDue()
    {
        var request = NewRequest();

        Assert.False(request.IsDue(Now + Lifetime - TimeSpan.FromTicks(1)));
        Assert.Throws<InvalidOperationException>(() => request.Expire(Now));
        request.Expire(Now + Lifetime);

        Assert.Equal((ActionRequestStatus.Expired, (DateTimeOffset?)(Now + Lifetime)), (request.Status, request.DecidedAt));
        Assert.False(request.IsDue(Now + Lifetime));
    }

    [Fact]
    public void AnApprovedPass_IsIssuedByItsRequesterWithinTheWindow_Once()
    {
        var request = NewRequest();
        var approvedAt = Now.AddMinutes(1);
        request.Approve(Approver, "approver@msp.example", approvedAt);

        Assert.Equal(approvedAt + IssueWindow, request.IssueBefore(IssueWindow));
        Assert.Equal(ActionRequestRefusal.NotYourRequest, request.CannotBeIssuedBy(Approver, approvedAt, IssueWindow));
        Assert.Equal(ActionRequestRefusal.IssueWindowPassed, request.CannotBeIssuedBy(Requester, approvedAt + IssueWindow, IssueWindow));
        request.MarkIssued(Requester, approvedAt + IssueWindow - TimeSpan.FromSeconds(1), IssueWindow);

        Assert.Equal(ActionRequestStatus.Issued, request.Status);
        Assert.Equal(ActionRequestRefusal.NotIssuable, request.CannotBeIssuedBy(Requester, approvedAt, IssueWindow));
        Assert.Throws<InvalidOperationException>(() => request.MarkIssued(Requester, approvedAt, IssueWindow));
    }

    [Fact]
    public void AnApprovedResetOfAllMethods_IsNothingToIssue()
    {
        var request = NewRequest(HelpdeskAction.ResetAllMethods);
        request.Approve(Approver, "approver@msp.example", Now);

        Assert.False(request.IsIssuable);
        Assert.Null(request.IssueBefore(IssueWindow));
        Assert.Equal(ActionRequestRefusal.NotIssuable, request.CannotBeIssuedBy(Requester, Now, IssueWindow));
    }

    [Fact]
    public void APendingPass_IsNotYetIssuable() =>
        Assert.Equal(ActionRequestRefusal.NotIssuable, NewRequest().CannotBeIssuedBy(Requester, Now, IssueWindow));
}
