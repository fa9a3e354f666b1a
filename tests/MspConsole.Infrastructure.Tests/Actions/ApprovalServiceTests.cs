using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Infrastructure.Tests.Actions;

/// <summary>Four eyes: nothing happens in Graph until a second person approves; never on the requester's own approval; requests expire.</summary>
public sealed class ApprovalServiceTests(ActionsHarness harness) : IClassFixture<ActionsHarness>
{
    private const string TapType = "#microsoft.graph.temporaryAccessPassAuthenticationMethod";

    [Fact]
    public async Task RequiresApproval_ForPassAndResetAll_AndAnyGraphActionOnAnAdmin_UnlessTheTenantTurnedItOff()
    {
        await harness.WithAsync(async services =>
        {
            var approvals = services.GetRequiredService<ApprovalService>();
            var ct = TestContext.Current.CancellationToken;
            Assert.True(await approvals.RequiresApprovalAsync(harness.TenantId, HelpdeskAction.TemporaryAccessPass, false, ct));
            Assert.True(await approvals.RequiresApprovalAsync(harness.TenantId, HelpdeskAction.ResetAllMethods, false, ct));
            Assert.True(await approvals.RequiresApprovalAsync(harness.TenantId, HelpdeskAction.RemoveMethod, true, ct));
            Assert.False(await approvals.RequiresApprovalAsync(harness.TenantId, HelpdeskAction.RemoveMethod, false, ct));
            Assert.False(await approvals.RequiresApprovalAsync(harness.TenantId, HelpdeskAction.Exclude, true, ct));

            var otherTenant = harness.Simulator.GetTenantSummaries().First(t => t.Id != harness.TenantId).Id;
            var db = services.GetRequiredService<MspConsole.Infrastructure.Persistence.MspConsoleDbContext>();
            db.TenantActionPolicies.Add(new TenantActionPolicy(otherTenant, requireFourEyes: false, "ada.admin@msp.example", harness.Clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            Assert.False(await approvals.RequiresApprovalAsync(otherTenant, HelpdeskAction.TemporaryAccessPass, false, ct));
            return 0;
        });
    }

    [Fact]
    public async Task RequestedPass_IsNotCreatedUntilApproved_ThenIsCreatedWhenTheRequesterIssuesIt_ForTheRequesterOnly()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"));
        var requested = await RequestPassAsync(userId);
        var id = requested.ApprovalRequestId!.Value;

        Assert.True(requested.AwaitsApproval);
        Assert.Empty(harness.MutationsFor(userId));

        var approved = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().ApproveAsync(id, ActionsHarness.Ada, TestContext.Current.CancellationToken));
        Assert.Null(approved.Refusal);
        Assert.Null(approved.Result);
        Assert.Equal(ActionRequestStatus.Approved, approved.Request?.Status);
        Assert.DoesNotContain(TapType, ActionsHarness.Types(harness.GroundTruth(userId)));
        Assert.Empty(harness.MutationsFor(userId));

        var byApprover = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().IssuePassAsync(id, ActionsHarness.Ada, TestContext.Current.CancellationToken));
        Assert.Equal(ActionRequestRefusal.NotYourRequest, byApprover.Refusal);
        Assert.Empty(harness.MutationsFor(userId));

        var issued = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().IssuePassAsync(id, ActionsHarness.Hugo, TestContext.Current.CancellationToken));
        Assert.True(issued.Result?.Succeeded, issued.Result?.Failure?.Detail);
        Assert.NotNull(issued.Result!.Pass);
        Assert.True(issued.Result.Pass.IsUsableOnce);
        Assert.Contains(TapType, ActionsHarness.Types(harness.GroundTruth(userId)));
        var entries = await harness.AuditForAsync(userId);
        Assert.Equal([AuditOutcome.Requested, AuditOutcome.Approved, AuditOutcome.Succeeded], entries.Select(e => e.Outcome));
        Assert.Equal([ActionsHarness.Hugo.Upn, ActionsHarness.Ada.Upn, ActionsHarness.Hugo.Upn], entries.Select(e => e.ActorUpn));
        Assert.All(entries, e => Assert.Equal("Called back on a phone number already registered for the user", e.CallerVerification));
        Assert.Contains(ActionsHarness.Ada.Upn, entries[2].After!, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain(issued.Result.Pass.Pass, e.After ?? "", StringComparison.Ordinal));

        var twice = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().IssuePassAsync(id, ActionsHarness.Hugo, TestContext.Current.CancellationToken));
        Assert.Equal(ActionRequestRefusal.NotIssuable, twice.Refusal);
        Assert.Single(harness.MutationsFor(userId), m => m.Action == "createTemporaryAccessPass");
    }

    [Fact]
    public async Task ApprovedPass_NotIssuedWithinTheWindow_CanNoLongerBeIssued()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"));
        var id = (await RequestPassAsync(userId)).ApprovalRequestId!.Value;
        await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().ApproveAsync(id, ActionsHarness.Ada, TestContext.Current.CancellationToken));

        harness.Clock.Advance(TimeSpan.FromMinutes(15));
        var late = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().IssuePassAsync(id, ActionsHarness.Hugo, TestContext.Current.CancellationToken));

        Assert.Equal(ActionRequestRefusal.IssueWindowPassed, late.Refusal);
        Assert.Empty(harness.MutationsFor(userId));
    }

    [Fact]
    public async Task Requester_CannotApproveTheirOwnRequest_AndNothingHappens()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"));
        var requested = await RequestPassAsync(userId);
        var sameObjectIdOtherRole = ActionsHarness.Hugo with { Role = "Admin", Upn = "HUGO.helpdesk@msp.example" };

        var outcome = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>()
            .ApproveAsync(requested.ApprovalRequestId!.Value, sameObjectIdOtherRole, TestContext.Current.CancellationToken));

        Assert.Equal(ActionRequestRefusal.OwnRequest, outcome.Refusal);
        Assert.Null(outcome.Result);
        Assert.Empty(harness.MutationsFor(userId));
        Assert.Equal([AuditOutcome.Requested], (await harness.AuditForAsync(userId)).Select(e => e.Outcome));
        await using var db = harness.Console.CreateDbContext();
        Assert.Equal(ActionRequestStatus.Pending, (await db.ActionRequests.SingleAsync(r => r.Id == requested.ApprovalRequestId, TestContext.Current.CancellationToken)).Status);
    }

    [Fact]
    public async Task Approving_Twice_ActsOnce()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"));
        var requested = await RequestPassAsync(userId);
        var id = requested.ApprovalRequestId!.Value;

        var first = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().ApproveAsync(id, ActionsHarness.Ada, TestContext.Current.CancellationToken));
        var second = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>().ApproveAsync(id, ActionsHarness.Ada, TestContext.Current.CancellationToken));

        Assert.Null(first.Refusal);
        Assert.Equal(ActionRequestRefusal.AlreadyDecided, second.Refusal);
        Assert.Equal(1, (await harness.AuditForAsync(userId)).Count(e => e.Outcome == AuditOutcome.Approved));
    }

    [Fact]
    public async Task Rejected_Request_NeverRuns_AndIsAudited()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"));
        var requested = await RequestPassAsync(userId);

        var outcome = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>()
            .RejectAsync(requested.ApprovalRequestId!.Value, ActionsHarness.Ada, "Caller could not be verified", TestContext.Current.CancellationToken));
        var afterwards = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>()
            .ApproveAsync(requested.ApprovalRequestId!.Value, ActionsHarness.Ada, TestContext.Current.CancellationToken));

        Assert.Null(outcome.Refusal);
        Assert.Equal(ActionRequestRefusal.AlreadyDecided, afterwards.Refusal);
        Assert.Empty(harness.MutationsFor(userId));
        var entries = await harness.AuditForAsync(userId);
        Assert.Equal([AuditOutcome.Requested, AuditOutcome.Rejected], entries.Select(e => e.Outcome));
        Assert.Contains("Caller could not be verified", entries[1].After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_ExpiresAfterItsLifetime_AndCanNoLongerBeApproved()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"));
        var requested = await RequestPassAsync(userId);

        harness.Clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
        var outcome = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>()
            .ApproveAsync(requested.ApprovalRequestId!.Value, ActionsHarness.Ada, TestContext.Current.CancellationToken));

        Assert.Equal(ActionRequestRefusal.AlreadyDecided, outcome.Refusal);
        Assert.Equal(ActionRequestStatus.Expired, outcome.Request?.Status);
        Assert.Empty(harness.MutationsFor(userId));
        var entries = await harness.AuditForAsync(userId);
        Assert.Equal([AuditOutcome.Requested, AuditOutcome.Expired], entries.Select(e => e.Outcome));
        Assert.Equal(ApprovalService.SystemActor, entries[1].ActorUpn);
    }

    [Fact]
    public async Task Request_JustBeforeExpiry_CanStillBeApproved()
    {
        var userId = await harness.AddUserAsync(false, (PhoneType.Mobile, "+32 470123456"));
        var requested = await RequestPassAsync(userId);

        harness.Clock.Advance(TimeSpan.FromHours(4) - TimeSpan.FromMinutes(1));
        var outcome = await harness.WithAsync(s => s.GetRequiredService<ApprovalService>()
            .ApproveAsync(requested.ApprovalRequestId!.Value, ActionsHarness.Ada, TestContext.Current.CancellationToken));

        Assert.Null(outcome.Refusal);
        Assert.Equal(ActionRequestStatus.Approved, outcome.Request?.Status);
    }

    [Fact]
    public async Task Receipt_SecondClaimOfTheSameKey_ReturnsTheFirst()
    {
        var key = Guid.NewGuid();
        var first = await harness.WithAsync(s => s.GetRequiredService<ActionReceipts>().ClaimAsync(key, "oid", TestContext.Current.CancellationToken));
        await harness.WithAsync(async s =>
        {
            await s.GetRequiredService<ActionReceipts>().CompleteAsync(key, "Succeeded RevokeSessions", TestContext.Current.CancellationToken);
            return 0;
        });
        var second = await harness.WithAsync(s => s.GetRequiredService<ActionReceipts>().ClaimAsync(key, "oid", TestContext.Current.CancellationToken));

        Assert.Null(first);
        Assert.Equal("Succeeded RevokeSessions", second?.Summary);
    }

    private async Task<HelpdeskActionResult> RequestPassAsync(string userId)
    {
        var command = harness.Command(HelpdeskAction.TemporaryAccessPass, userId, new ActionParameters(LifetimeMinutes: 60, IsUsableOnce: true));
        return await harness.WithAsync(s => s.GetRequiredService<ApprovalService>()
            .RequestAsync(command, ActionsHarness.Hugo, "ana@example", TestContext.Current.CancellationToken));
    }
}
