using Microsoft.EntityFrameworkCore;
using MspConsole.Core.Actions;
using MspConsole.Core.Audit;
using MspConsole.Core.Graph;
using MspConsole.Core.Users;
using Microsoft.Extensions.DependencyInjection;
using MspConsole.Infrastructure.Actions;

namespace MspConsole.Infrastructure.Tests.Actions;

/// <summary>Each action against the simulator, checked against its ground truth, with exactly one audit entry each.</summary>
public sealed class HelpdeskActionServiceTests(ActionsHarness harness) : IClassFixture<ActionsHarness>
{
    private const string PhoneType = "#microsoft.graph.phoneAuthenticationMethod";
    private const string AuthenticatorType = "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
    private const string TapType = "#microsoft.graph.temporaryAccessPassAuthenticationMethod";

    [Fact]
    public async Task RemoveMethod_WrongOfficePhone_IsGoneInGraph_AndAuditedOnceWithMaskedNumbers()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.Office, "+32 22223333"));

        var result = await harness.RunAsync(HelpdeskAction.RemoveMethod, userId,
            new ActionParameters(MethodId: "e37fc753-ff3b-4958-9484-eaa9425c82bc", MethodKind: AuthenticationMethodKind.Phone));

        Assert.True(result.Succeeded, result.Failure?.Detail);
        var truth = harness.GroundTruth(userId);
        Assert.Null(ActionsHarness.Phone(truth, "office"));
        Assert.Equal("+32 470123456", ActionsHarness.Phone(truth, "mobile"));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(nameof(HelpdeskAction.RemoveMethod), entry.Action);
        Assert.Equal(ActionsHarness.Hugo.ObjectId, entry.ActorObjectId);
        Assert.Equal("Helpdesk", entry.ActorRole);
        Assert.Equal("INC-4711", entry.TicketReference);
        Assert.Equal("Called back on a phone number already registered for the user", entry.CallerVerification);
        Assert.Equal("corr-hugo", entry.CorrelationId);
        Assert.Equal("127.0.0.1", entry.ClientIp);
        var mutation = Assert.Single(harness.MutationsFor(userId), m => m.Action == "deleteMethod");
        Assert.Equal(mutation.RequestId, entry.GraphRequestId);
        Assert.Contains("office", entry.Before!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("+32 *******56", entry.Before!, StringComparison.Ordinal);
        Assert.DoesNotContain("22223333", entry.Before!, StringComparison.Ordinal);
        Assert.DoesNotContain("office", entry.After!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RemoveMethod_OfTheDefaultWhileOthersRemain_SwitchesTheDefaultFirst_ThenDeletes_AndAuditsBoth()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.Office, "+32 22223333"));
        Assert.Equal("sms", harness.GroundTruth(userId).DefaultMethod);

        var result = await harness.RunAsync(HelpdeskAction.RemoveMethod, userId,
            new ActionParameters(MethodId: "3179e48a-750b-4051-897c-87b9720928f7", MethodKind: AuthenticationMethodKind.Phone));

        Assert.True(result.Succeeded, result.Failure?.Detail);
        var truth = harness.GroundTruth(userId);
        Assert.Null(ActionsHarness.Phone(truth, "mobile"));
        Assert.Equal("voiceOffice", truth.DefaultMethod);
        Assert.Equal(["setPreferredMethod", "deleteMethod"], harness.MutationsFor(userId).Select(m => m.Action));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Contains("\"defaultMethod\":\"sms\"", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("\"defaultMethod\":\"voiceOffice\"", entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveMethod_WhenGraphRefusesTheDeletionAfterTheSwitch_PutsTheFormerDefaultBack()
    {
        // The mobile phone (the default) cannot go while an alternate mobile exists: the switch succeeds, the deletion does not.
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.AlternateMobile, "+32 475000111"));

        var result = await harness.RunAsync(HelpdeskAction.RemoveMethod, userId,
            new ActionParameters(MethodId: "3179e48a-750b-4051-897c-87b9720928f7", MethodKind: AuthenticationMethodKind.Phone));

        Assert.Equal(AuditOutcome.Failed, result.Outcome);
        Assert.Equal(ActionFailureReason.Refused, result.Failure?.Reason);
        Assert.Contains("changed back to sms", result.Failure!.Detail, StringComparison.Ordinal);
        var truth = harness.GroundTruth(userId);
        Assert.Equal("+32 470123456", ActionsHarness.Phone(truth, "mobile"));
        Assert.Equal("sms", truth.DefaultMethod);
        Assert.Equal(["setPreferredMethod", "setPreferredMethod"], harness.MutationsFor(userId).Select(m => m.Action));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains("\"defaultMethod\":\"sms\"", entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectPhone_ChangesTheNumberInGraph_AndRefreshesTheStoredUser()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"));

        var result = await harness.RunAsync(HelpdeskAction.CorrectPhone, userId,
            new ActionParameters(PhoneType: Core.Graph.PhoneType.Mobile, PhoneNumber: "+32 471999888"));

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.True(result.StateRefreshed);
        Assert.Equal("+32 471999888", ActionsHarness.Phone(harness.GroundTruth(userId), "mobile"));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Contains("+32 *******56", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("+32 *******88", entry.After!, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(harness.MutationsFor(userId), m => m.Action == "updatePhoneMethod").RequestId, entry.GraphRequestId);
    }

    [Fact]
    public async Task ResetAuthenticator_RemovesEveryAuthenticatorRegistration()
    {
        // Removable in one go when the Authenticator is not the default, or nothing but Authenticators would remain.
        var userId = harness.FindUser(u =>
        {
            var types = ActionsHarness.Types(u).ToList();
            var otherMfa = types.Count(t => t is PhoneType or "#microsoft.graph.softwareOathAuthenticationMethod" or "#microsoft.graph.fido2AuthenticationMethod"
                or "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod" or "#microsoft.graph.platformCredentialAuthenticationMethod");
            return types.Contains(AuthenticatorType) && (u.DefaultMethod is not ("push" or "oath") || otherMfa == 0);
        });

        var result = await harness.RunAsync(HelpdeskAction.ResetAuthenticator, userId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.DoesNotContain(AuthenticatorType, ActionsHarness.Types(harness.GroundTruth(userId)));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Contains("microsoftAuthenticator", entry.Before!, StringComparison.Ordinal);
        Assert.DoesNotContain("microsoftAuthenticator", entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetAuthenticator_WhenItIsTheDefaultAndAMobilePhoneRemains_SwitchesToSmsFirst_ThenRemovesIt()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        // The user made the app their default after the console last read them: the action must read the default afresh.
        Assert.True(harness.Simulator.RegisterAuthenticator(harness.TenantId, Guid.Parse(userId), preferred: true));
        Assert.Equal("push", harness.GroundTruth(userId).DefaultMethod);

        var result = await harness.RunAsync(HelpdeskAction.ResetAuthenticator, userId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        var truth = harness.GroundTruth(userId);
        Assert.DoesNotContain(AuthenticatorType, ActionsHarness.Types(truth));
        Assert.Equal("+32 470123456", ActionsHarness.Phone(truth, "mobile"));
        Assert.Equal("sms", truth.DefaultMethod);
        var mutations = harness.MutationsFor(userId);
        Assert.Equal(["setPreferredMethod", "deleteMethod"], mutations.Select(m => m.Action));
        Assert.Contains("/beta/", mutations[0].Path, StringComparison.Ordinal);
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(mutations[^1].RequestId, entry.GraphRequestId);
        Assert.Contains("\"defaultMethod\":\"push\"", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("microsoftAuthenticator", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("\"defaultMethod\":\"sms\"", entry.After!, StringComparison.Ordinal);
        Assert.DoesNotContain("microsoftAuthenticator", entry.After!, StringComparison.Ordinal);
        Assert.Contains(mutations[0].RequestId, entry.After!, StringComparison.Ordinal); // graphRequestIds: the switch and the deletion
        await using var db = harness.Console.CreateDbContext();
        var stored = await db.TenantUsers.AsNoTracking().SingleAsync(u => u.ObjectId == userId, TestContext.Current.CancellationToken);
        Assert.Equal("sms", stored.DefaultMethod);
    }

    [Fact]
    public async Task ResetAuthenticator_WhenTheDefaultSwitchFails_DeletesNothing_AndAuditsOneFailure()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        Assert.True(harness.Simulator.RegisterAuthenticator(harness.TenantId, Guid.Parse(userId), preferred: true));
        harness.Simulator.Faults.FailNext(harness.TenantId, 1, 403, method: "PATCH", pathContains: "/signInPreferences");

        var result = await harness.RunAsync(HelpdeskAction.ResetAuthenticator, userId);

        Assert.Equal(AuditOutcome.Failed, result.Outcome);
        Assert.Equal(ActionFailureReason.DefaultMethodNotChanged, result.Failure?.Reason);
        Assert.Equal(ActionFailureReason.ConsentMissing, result.Failure?.Cause);
        Assert.Contains("from push to sms", result.Failure!.Detail, StringComparison.Ordinal);
        var truth = harness.GroundTruth(userId);
        Assert.Contains(AuthenticatorType, ActionsHarness.Types(truth));
        Assert.Equal("push", truth.DefaultMethod);
        Assert.Empty(harness.MutationsFor(userId));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.StartsWith("DefaultMethodNotChanged:", entry.Error!, StringComparison.Ordinal);
        Assert.NotNull(entry.GraphRequestId);
        Assert.Contains("\"defaultMethod\":\"push\"", entry.After!, StringComparison.Ordinal);
        Assert.Contains("microsoftAuthenticator", entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetAllMethods_DeletesEveryMethodDefaultLast_AndRevokesSessions()
    {
        var userId = await harness.AddUserAsync(false,
            (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.AlternateMobile, "+32 475000111"), (Core.Graph.PhoneType.Office, "+32 22223333"));
        Assert.Equal("sms", harness.GroundTruth(userId).DefaultMethod);

        var result = await harness.RunAsync(HelpdeskAction.ResetAllMethods, userId, new ActionParameters(RevokeSessions: true));

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.Equal(["#microsoft.graph.passwordAuthenticationMethod"], ActionsHarness.Types(harness.GroundTruth(userId)));
        var mutations = harness.MutationsFor(userId).Where(m => m.Sequence > 0).ToList();
        var deletes = mutations.Where(m => m.Action == "deleteMethod").ToList();
        Assert.Equal(3, deletes.Count);
        Assert.Contains("3179e48a", deletes[^1].Detail, StringComparison.Ordinal); // the default (mobile) went last
        Assert.Equal("revokeSignInSessions", mutations[^1].Action);
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(mutations[^1].RequestId, entry.GraphRequestId);
        Assert.Contains("graphRequestIds", entry.After!, StringComparison.Ordinal);
        await using var db = harness.Console.CreateDbContext();
        var stored = await db.TenantUsers.SingleAsync(u => u.ObjectId == userId, TestContext.Current.CancellationToken);
        Assert.Equal(MfaStatus.NotRegistered, stored.Status);
    }

    [Fact]
    public async Task ResetAllMethods_WhenTheStoredDefaultIsStale_DeletesWhatProvidesTheLiveDefaultLast()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.Office, "+32 22223333"));
        // After the console's last read (sms), the user set up the app on two phones and made its notification the default.
        Assert.True(harness.Simulator.RegisterAuthenticator(harness.TenantId, Guid.Parse(userId), preferred: true));
        Assert.True(harness.Simulator.RegisterAuthenticator(harness.TenantId, Guid.Parse(userId), preferred: true));
        Assert.Equal("push", harness.GroundTruth(userId).DefaultMethod);
        Assert.Equal("sms", await StoredDefaultAsync(userId));

        var result = await harness.RunAsync(HelpdeskAction.ResetAllMethods, userId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        var truth = harness.GroundTruth(userId);
        Assert.Equal(["#microsoft.graph.passwordAuthenticationMethod"], ActionsHarness.Types(truth));
        var deletes = harness.MutationsFor(userId).Where(m => m.Action == "deleteMethod").Select(m => m.Detail!).ToList();
        Assert.Equal(4, deletes.Count);
        Assert.All(deletes[..2], d => Assert.StartsWith("phoneMethods/", d, StringComparison.Ordinal));
        Assert.All(deletes[2..], d => Assert.StartsWith("microsoftAuthenticatorMethods/", d, StringComparison.Ordinal)); // both providers of push last
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Contains("\"defaultMethod\":\"push\"", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("microsoftAuthenticator", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("\"defaultMethod\":\"none\"", entry.After!, StringComparison.Ordinal);
        Assert.DoesNotContain("microsoftAuthenticator", entry.After!, StringComparison.Ordinal);
        Assert.Null(await StoredDefaultAsync(userId));
    }

    [Fact]
    public async Task ResetAllMethods_WhenTheDefaultIsACallToTheAlternateMobile_MovesItToTheMobileFirst_AndResetsEverything()
    {
        // Neither phone can go first otherwise: the alternate is the default, and the mobile cannot leave an alternate behind.
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.AlternateMobile, "+32 475000111"));
        await harness.WithAsync(services => services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(harness.TenantId)
            .SetPreferredSecondaryMethodAsync(userId, PreferredSecondaryMethod.VoiceAlternateMobile, TestContext.Current.CancellationToken));
        Assert.Equal("voiceAlternateMobile", harness.GroundTruth(userId).DefaultMethod);

        var result = await harness.RunAsync(HelpdeskAction.ResetAllMethods, userId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.Equal(["#microsoft.graph.passwordAuthenticationMethod"], ActionsHarness.Types(harness.GroundTruth(userId)));
        var steps = harness.MutationsFor(userId).Where(m => m.Action != "addPhoneMethod").Select(m => m.Action).ToList();
        Assert.Equal("setPreferredMethod", steps[^3]);
        Assert.Equal(["deleteMethod", "deleteMethod"], steps[^2..]);
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Contains("\"defaultMethod\":\"voiceAlternateMobile\"", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("\"defaultMethod\":\"none\"", entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetAllMethods_WhenTheDefaultCannotBeRead_FallsBackToTheStoredDefault_AndStillResetsEverything()
    {
        // Stale as above, and Graph refuses the beta read: the stored default (sms) orders the deletions, and the
        // refusal of the real default (push) sends it to the back of the queue.
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"), (Core.Graph.PhoneType.Office, "+32 22223333"));
        Assert.True(harness.Simulator.RegisterAuthenticator(harness.TenantId, Guid.Parse(userId), preferred: true));
        harness.Simulator.Faults.FailNext(harness.TenantId, 1, 403, method: "GET", pathContains: "/signInPreferences");

        var result = await harness.RunAsync(HelpdeskAction.ResetAllMethods, userId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.Equal(["#microsoft.graph.passwordAuthenticationMethod"], ActionsHarness.Types(harness.GroundTruth(userId)));
        var deletes = harness.MutationsFor(userId).Where(m => m.Action == "deleteMethod").Select(m => m.Detail!).ToList();
        Assert.Equal(3, deletes.Count);
        Assert.StartsWith("microsoftAuthenticatorMethods/", deletes[^1], StringComparison.Ordinal);
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Null(entry.Error);
        // The before-state claims no default it did not read from Graph.
        Assert.DoesNotContain("defaultMethod", entry.Before!, StringComparison.Ordinal);
        Assert.Contains("microsoftAuthenticator", entry.Before!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, ActionFailureReason.DefaultMethodRefused)]
    [InlineData(false, ActionFailureReason.Refused)]
    public async Task RemoveMethod_WhenGraphRefusesTheDeletion_SaysItWasTheDefaultMethod_OnlyWhenTheMethodGaveTheDefault_WhateverGraphsMessage(
        bool removeTheDefault, ActionFailureReason expected)
    {
        // Two Authenticators both give the default (push), so no switch comes first; Graph's injected 400 says nothing about defaults.
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Office, "+32 22223333"));
        Assert.True(harness.Simulator.RegisterAuthenticator(harness.TenantId, Guid.Parse(userId), preferred: true));
        Assert.True(harness.Simulator.RegisterAuthenticator(harness.TenantId, Guid.Parse(userId), preferred: true));
        var methods = await harness.WithAsync(services => services.GetRequiredService<ITenantGraphClientFactory>().ForTenant(harness.TenantId)
            .GetMethodsAsync(userId, TestContext.Current.CancellationToken));
        var removing = removeTheDefault ? methods.First(m => m.Kind == AuthenticationMethodKind.MicrosoftAuthenticator) : methods.First(m => m.Kind == AuthenticationMethodKind.Phone);
        harness.Simulator.Faults.FailNext(harness.TenantId, 1, 400, method: "DELETE");

        var result = await harness.RunAsync(HelpdeskAction.RemoveMethod, userId, new ActionParameters(MethodId: removing.Id, MethodKind: removing.Kind));

        Assert.Equal(AuditOutcome.Failed, result.Outcome);
        Assert.Equal(expected, result.Failure?.Reason);
        Assert.DoesNotContain("default method", result.Failure!.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TemporaryAccessPass_IsCreatedInGraph_AndThePassIsInNoAuditEntry()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"));

        var result = await harness.RunAsync(HelpdeskAction.TemporaryAccessPass, userId, new ActionParameters(LifetimeMinutes: 60, IsUsableOnce: true));

        Assert.True(result.Succeeded, result.Failure?.Detail);
        var pass = Assert.IsType<TemporaryAccessPass>(result.Pass);
        Assert.False(string.IsNullOrEmpty(pass.Pass));
        Assert.True(pass.IsUsableOnce);
        Assert.Contains(TapType, ActionsHarness.Types(harness.GroundTruth(userId)));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        foreach (var text in new[] { entry.Before, entry.After, entry.Error, entry.Reason, entry.GraphRequestId })
        {
            Assert.DoesNotContain(pass.Pass, text ?? "", StringComparison.Ordinal);
        }

        Assert.DoesNotContain(pass.Pass, pass.ToString(), StringComparison.Ordinal);
        Assert.Contains(pass.MethodId, entry.After!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeSessions_IsRecordedByGraph_WithTheAuditedRequestId()
    {
        var userId = await harness.AddUserAsync();

        var result = await harness.RunAsync(HelpdeskAction.RevokeSessions, userId);

        Assert.True(result.Succeeded, result.Failure?.Detail);
        var mutation = Assert.Single(harness.MutationsFor(userId), m => m.Action == "revokeSignInSessions");
        Assert.Equal(mutation.RequestId, Assert.Single(await harness.AuditForAsync(userId)).GraphRequestId);
    }

    [Fact]
    public async Task Action_OnUserDeletedInGraph_FailsAsUserGone_AndIsAuditedOnce()
    {
        var userId = await harness.AddUserAsync();
        harness.Simulator.RemoveUser(harness.TenantId, Guid.Parse(userId));

        var result = await harness.RunAsync(HelpdeskAction.RevokeSessions, userId);

        Assert.Equal(ActionFailureReason.UserGone, result.Failure?.Reason);
        Assert.Empty(harness.MutationsFor(userId));
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
    }

    [Fact]
    public async Task Action_WhileGraphThrottlesBeyondRetries_FailsAsThrottled_ChangesNothing_AndIsAuditedOnce()
    {
        var userId = await harness.AddUserAsync(false, (Core.Graph.PhoneType.Mobile, "+32 470123456"));
        // The first request and the SDK's three retries (Graph:MaxRetries) are all throttled.
        harness.Simulator.Faults.FailNext(harness.TenantId, 4, 429, retryAfterSeconds: 1);

        var result = await harness.RunAsync(HelpdeskAction.CorrectPhone, userId,
            new ActionParameters(PhoneType: Core.Graph.PhoneType.Mobile, PhoneNumber: "+32 471999888"));

        Assert.Equal(ActionFailureReason.Throttled, result.Failure?.Reason);
        var entry = Assert.Single(await harness.AuditForAsync(userId));
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Contains("Throttled", entry.Error!, StringComparison.Ordinal);
        Assert.Equal("+32 470123456", ActionsHarness.Phone(harness.GroundTruth(userId), "mobile"));
    }

    [Fact]
    public async Task ExcludeThenInclude_ChangeOnlyTheConsole_OneAuditEntryEach()
    {
        var userId = await harness.AddUserAsync();

        var excluded = await harness.RunAsync(HelpdeskAction.Exclude, userId);
        await using (var db = harness.Console.CreateDbContext())
        {
            var user = await db.TenantUsers.SingleAsync(u => u.ObjectId == userId, TestContext.Current.CancellationToken);
            Assert.Equal(MfaStatus.Excluded, user.Status);
            Assert.Equal("Caller reports a wrong number (INC-4711)", user.ExclusionReason);
        }

        var included = await harness.RunAsync(HelpdeskAction.Include, userId);

        Assert.True(excluded.Succeeded && included.Succeeded);
        await using (var db = harness.Console.CreateDbContext())
        {
            var user = await db.TenantUsers.SingleAsync(u => u.ObjectId == userId, TestContext.Current.CancellationToken);
            Assert.Equal(MfaStatus.NotRegistered, user.Status);
        }

        Assert.Empty(harness.MutationsFor(userId));
        var entries = await harness.AuditForAsync(userId);
        Assert.Equal([nameof(HelpdeskAction.Exclude), nameof(HelpdeskAction.Include)], entries.Select(e => e.Action));
        Assert.Contains("\"excluded\":true", entries[0].After!, StringComparison.Ordinal);
    }

    private async Task<string?> StoredDefaultAsync(string userId)
    {
        await using var db = harness.Console.CreateDbContext();
        return (await db.TenantUsers.AsNoTracking().SingleAsync(u => u.ObjectId == userId, TestContext.Current.CancellationToken)).DefaultMethod;
    }
}
