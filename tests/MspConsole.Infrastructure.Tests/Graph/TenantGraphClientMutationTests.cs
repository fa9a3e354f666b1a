using MspConsole.Core.Graph;
using MspConsole.GraphSimulator.State;
using MspConsole.TestKit.Simulator;
using Xunit;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>Each mutation changes the simulator's ground truth exactly, and returns the request id Graph logged for it.</summary>
public sealed class TenantGraphClientMutationTests(SimulatorFixture simulator) : GraphTestBase(simulator), IClassFixture<SimulatorFixture>
{
    private const string Authenticator = "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
    private const string Phone = "#microsoft.graph.phoneAuthenticationMethod";
    private const string Email = "#microsoft.graph.emailAuthenticationMethod";

    [Fact]
    public async Task DeleteMethod_RemovesExactlyThatMethod_AndReturnsTheRequestId()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.Methods.Any(m => TypeOf(m) == Email) && u.Methods.Count >= 3);
        var email = user.Methods.First(m => TypeOf(m) == Email);

        var result = await ClientFor(tenant).DeleteMethodAsync(user.Id.ToString(), AuthenticationMethodKind.Email, IdOf(email), Ct);

        var after = UserOf(tenant, user.Id);
        Assert.Equal(user.Methods.Select(IdOf).Where(id => id != IdOf(email)).Order(), after.Methods.Select(IdOf).Order());
        var mutation = LastMutation(tenant.Id);
        Assert.Equal(user.Id, mutation.UserId);
        Assert.Equal("DELETE", mutation.Method);
        Assert.Equal(mutation.RequestId, result.RequestId);
    }

    [Fact]
    public async Task DeleteMethod_OfTheDefaultMethodWithOthersLeft_IsBadRequestWithRequestId_AndChangesNothing()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.DefaultMethod == "push" && u.Methods.Count(m => TypeOf(m) is Authenticator or Phone) >= 2);
        var authenticator = user.Methods.First(m => TypeOf(m) == Authenticator);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() =>
            ClientFor(tenant).DeleteMethodAsync(user.Id.ToString(), AuthenticationMethodKind.MicrosoftAuthenticator, IdOf(authenticator), Ct));

        Assert.Equal(GraphFailureKind.BadRequest, failure.Kind);
        Assert.Contains("default method", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(failure.RequestId));
        Assert.Equal(user.Methods.Select(IdOf).Order(), UserOf(tenant, user.Id).Methods.Select(IdOf).Order());
    }

    [Fact]
    public async Task DeleteMethod_ThatDoesNotExist_IsNotFound()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, _ => true);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() =>
            ClientFor(tenant).DeleteMethodAsync(user.Id.ToString(), AuthenticationMethodKind.Fido2, Guid.NewGuid().ToString(), Ct));

        Assert.Equal(GraphFailureKind.NotFound, failure.Kind);
        Assert.Equal("Request_ResourceNotFound", failure.ErrorCode);
    }

    [Fact]
    public async Task SetPreferredSecondaryMethod_PatchesBetaSignInPreferences_OnTheSamePipeline_AndTheDefaultFollows()
    {
        var tenant = Simulator.LicensedTenant;
        var userId = await NewPushUserWithMobileAsync(tenant);
        var client = ClientFor(tenant);
        var requestsBefore = client.CallCounts.Requests;

        var result = await client.SetPreferredSecondaryMethodAsync(userId, PreferredSecondaryMethod.Sms, Ct);

        var mutation = LastMutation(tenant.Id);
        Assert.Equal(("PATCH", $"/beta/users/{userId}/authentication/signInPreferences", "setPreferredMethod"), (mutation.Method, mutation.Path, mutation.Action));
        Assert.Equal("signInPreferences push -> sms", mutation.Detail);
        Assert.Equal(mutation.RequestId, result.RequestId);
        Assert.Equal(requestsBefore + 1, client.CallCounts.Requests);
        Assert.Equal("sms", UserOf(tenant, Guid.Parse(userId)).DefaultMethod);
        Assert.Equal(PreferredSecondaryMethod.Sms, await client.GetPreferredSecondaryMethodAsync(userId, Ct));
        Assert.Equal(requestsBefore + 2, client.CallCounts.Requests);
    }

    [Fact]
    public async Task SetPreferredSecondaryMethod_ToAMethodTheUserLacks_IsBadRequestWithGraphsRequestId_AndChangesNothing()
    {
        var tenant = Simulator.LicensedTenant;
        var userId = await NewPushUserWithMobileAsync(tenant);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() =>
            ClientFor(tenant).SetPreferredSecondaryMethodAsync(userId, PreferredSecondaryMethod.VoiceOffice, Ct));

        Assert.Equal(GraphFailureKind.BadRequest, failure.Kind);
        Assert.Equal("BadRequest", failure.ErrorCode);
        Assert.Contains("voiceOffice", failure.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(failure.RequestId));
        Assert.Equal("push", UserOf(tenant, Guid.Parse(userId)).DefaultMethod);
    }

    [Fact]
    public async Task SetPreferredSecondaryMethod_WhenThePatchIsDenied_IsPermissionMissing_AndGetReadsTheUnchangedDefault()
    {
        var tenant = Simulator.LicensedTenant;
        var userId = await NewPushUserWithMobileAsync(tenant);
        State.Faults.FailNext(tenant.Id, 1, 403, method: "PATCH", pathContains: "/signInPreferences");
        var client = ClientFor(tenant);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.SetPreferredSecondaryMethodAsync(userId, PreferredSecondaryMethod.Sms, Ct));

        Assert.Equal(GraphFailureKind.PermissionMissing, failure.Kind);
        Assert.Equal("Authorization_RequestDenied", failure.ErrorCode);
        Assert.False(string.IsNullOrEmpty(failure.RequestId));
        Assert.Equal(PreferredSecondaryMethod.Push, await client.GetPreferredSecondaryMethodAsync(userId, Ct));
    }

    [Fact]
    public async Task GetPreferredSecondaryMethod_OfAnUnknownUser_IsNotFound_AndOfAUserWithoutMfa_IsNull()
    {
        var tenant = Simulator.LicensedTenant;
        var bare = State.AddUser(tenant.Id, "Nora None")!;
        var client = ClientFor(tenant);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() => client.GetPreferredSecondaryMethodAsync(Guid.NewGuid().ToString(), Ct));

        Assert.Equal(GraphFailureKind.NotFound, failure.Kind);
        Assert.Null(await client.GetPreferredSecondaryMethodAsync(bare.Id.ToString(), Ct));
    }

    [Fact]
    public async Task UpdatePhoneNumber_ChangesOnlyTheNumber()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.Methods.Any(m => TypeOf(m) == Phone && (string?)m["phoneType"] == "mobile"));

        var result = await ClientFor(tenant).UpdatePhoneNumberAsync(user.Id.ToString(), PhoneType.Mobile, "+32 470123456", Ct);

        var mobile = UserOf(tenant, user.Id).Methods.Single(m => TypeOf(m) == Phone && (string?)m["phoneType"] == "mobile");
        Assert.Equal("+32 470123456", (string?)mobile["phoneNumber"]);
        Assert.Equal(user.Methods.Count, UserOf(tenant, user.Id).Methods.Count);
        Assert.Equal(LastMutation(tenant.Id).RequestId, result.RequestId);
    }

    [Fact]
    public async Task UpdatePhoneNumber_InABadFormat_IsBadRequestWithGraphsMessage()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.Methods.Any(m => TypeOf(m) == Phone && (string?)m["phoneType"] == "mobile"), skip: 1);

        var failure = await Assert.ThrowsAsync<GraphFailureException>(() =>
            ClientFor(tenant).UpdatePhoneNumberAsync(user.Id.ToString(), PhoneType.Mobile, "0470 12 34 56", Ct));

        Assert.Equal(GraphFailureKind.BadRequest, failure.Kind);
        Assert.Contains("phone number", failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(failure.RequestId);
    }

    [Fact]
    public async Task AddPhone_AddsAnOfficePhone()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => !u.Methods.Any(m => TypeOf(m) == Phone && (string?)m["phoneType"] == "office"));

        var result = await ClientFor(tenant).AddPhoneAsync(user.Id.ToString(), PhoneType.Office, "+32 21234567", Ct);

        var office = UserOf(tenant, user.Id).Methods.Single(m => TypeOf(m) == Phone && (string?)m["phoneType"] == "office");
        Assert.Equal("+32 21234567", (string?)office["phoneNumber"]);
        Assert.Equal(IdOf(office), result.CreatedId);
        Assert.Equal(user.Methods.Count + 1, UserOf(tenant, user.Id).Methods.Count);
    }

    [Fact]
    public async Task CreateTemporaryAccessPass_CreatesTheMethod_AndReturnsThePassOnce()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, u => u.Methods.All(m => TypeOf(m) != "#microsoft.graph.temporaryAccessPassAuthenticationMethod"));

        var pass = await ClientFor(tenant).CreateTemporaryAccessPassAsync(user.Id.ToString(), lifetimeMinutes: 60, isUsableOnce: true, Ct);

        var tap = UserOf(tenant, user.Id).Methods.Single(m => TypeOf(m) == "#microsoft.graph.temporaryAccessPassAuthenticationMethod");
        Assert.Equal(IdOf(tap), pass.MethodId);
        Assert.Equal(60, (int?)tap["lifetimeInMinutes"]);
        Assert.True((bool?)tap["isUsableOnce"]);
        Assert.Null(tap["temporaryAccessPass"]); // Graph shows the pass only in the creation response
        Assert.False(string.IsNullOrWhiteSpace(pass.Pass));
        Assert.Equal(60, pass.LifetimeMinutes);
        Assert.Equal(LastMutation(tenant.Id).RequestId, pass.RequestId);
        Assert.DoesNotContain(pass.Pass, pass.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeSignInSessions_IsRecordedForTheUser()
    {
        var tenant = Simulator.LicensedTenant;
        var user = FindUser(tenant, _ => true, skip: 2);

        var result = await ClientFor(tenant).RevokeSignInSessionsAsync(user.Id.ToString(), Ct);

        var mutation = LastMutation(tenant.Id);
        Assert.Equal(user.Id, mutation.UserId);
        Assert.Contains("revoke", mutation.Action, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(mutation.RequestId, result.RequestId);
    }

    [Fact]
    public async Task SendMail_PutsTheMessageInTheOutbox()
    {
        var tenant = Simulator.LicensedTenant;
        var sender = FindUser(tenant, _ => true, skip: 3);
        var subject = $"MFA reminder {Guid.NewGuid():N}";

        // The SDK writes the action parameters as "Message"/"SaveToSentItems" (Graph's metadata names); Graph matches them
        // case-insensitively, and so must the simulator.
        var result = await ClientFor(tenant).SendMailAsync(sender.UserPrincipalName,
            new MailMessage(subject, "<p>Registreer een tweede methode.</p>", IsHtml: true, "ana@fabrikam.example", "Ana"), Ct);

        var mail = Assert.Single(State.Outbox, m => m.Subject == subject);
        Assert.Equal(tenant.Id, mail.TenantId);
        Assert.Equal(sender.Id, mail.SenderId);
        Assert.Equal("HTML", mail.ContentType, ignoreCase: true);
        Assert.Equal("<p>Registreer een tweede methode.</p>", mail.Content);
        Assert.Contains(mail.ToRecipients, r => r.Contains("ana@fabrikam.example", StringComparison.OrdinalIgnoreCase));
        Assert.False(string.IsNullOrEmpty(result.RequestId));
    }

    /// <summary>A new member of their own (other tests change dataset users): Authenticator as the default, plus a mobile phone.</summary>
    private async Task<string> NewPushUserWithMobileAsync(MspConsole.GraphSimulator.Model.SimTenant tenant)
    {
        var user = State.AddUser(tenant.Id, "Pia Push")!;
        Assert.True(State.RegisterAuthenticator(tenant.Id, user.Id, preferred: true));
        await ClientFor(tenant).AddPhoneAsync(user.Id.ToString(), PhoneType.Mobile, "+32 470123456", Ct);
        Assert.Equal("push", UserOf(tenant, user.Id).DefaultMethod);
        return user.Id.ToString();
    }

    private MutationRecord LastMutation(Guid tenantId) => State.Mutations.Last(m => m.TenantId == tenantId);
}
