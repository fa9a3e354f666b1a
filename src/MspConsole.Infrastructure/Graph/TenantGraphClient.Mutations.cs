using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using MspConsole.Core.Graph;
using CoreMailMessage = MspConsole.Core.Graph.MailMessage;
using CorePhoneType = MspConsole.Core.Graph.PhoneType;
using CoreTemporaryAccessPass = MspConsole.Core.Graph.TemporaryAccessPass;

namespace MspConsole.Infrastructure.Graph;

/// <summary>Changes in a tenant. Each returns Graph's request-id (read with the SDK's headers-inspection option) for the audit log.</summary>
internal sealed partial class TenantGraphClient
{
    public async Task<GraphMutationResult> DeleteMethodAsync(string userId, AuthenticationMethodKind kind, string methodId, CancellationToken cancellationToken)
    {
        var methods = graph.Users[userId].Authentication;
        Func<Action<RequestConfiguration<DefaultQueryParameters>>, CancellationToken, Task> delete = kind switch
        {
            AuthenticationMethodKind.Phone => (r, ct) => methods.PhoneMethods[methodId].DeleteAsync(r, ct),
            AuthenticationMethodKind.Email => (r, ct) => methods.EmailMethods[methodId].DeleteAsync(r, ct),
            AuthenticationMethodKind.MicrosoftAuthenticator => (r, ct) => methods.MicrosoftAuthenticatorMethods[methodId].DeleteAsync(r, ct),
            AuthenticationMethodKind.SoftwareOath => (r, ct) => methods.SoftwareOathMethods[methodId].DeleteAsync(r, ct),
            AuthenticationMethodKind.Fido2 => (r, ct) => methods.Fido2Methods[methodId].DeleteAsync(r, ct),
            AuthenticationMethodKind.WindowsHello => (r, ct) => methods.WindowsHelloForBusinessMethods[methodId].DeleteAsync(r, ct),
            AuthenticationMethodKind.PlatformCredential => (r, ct) => methods.PlatformCredentialMethods[methodId].DeleteAsync(r, ct),
            AuthenticationMethodKind.TemporaryAccessPass => (r, ct) => methods.TemporaryAccessPassMethods[methodId].DeleteAsync(r, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind of method cannot be deleted through Graph."),
        };

        var result = await MutateAsync("delete method", async (r, ct) =>
        {
            await delete(r, ct).ConfigureAwait(false);
            return null;
        }, cancellationToken).ConfigureAwait(false);
        GraphLog.MethodDeleted(logger, kind, methodId, userId, tenantId, result.RequestId);
        return result;
    }

    /// <summary>beta PATCH signInPreferences: the v1.0 SDK has no request builder for it, so the request is built by hand and
    /// sent through the same request adapter (token, retry, request counting, error mapping). Built per attempt: a retried
    /// 401 must not resend a consumed body stream.</summary>
    public async Task<GraphMutationResult> SetPreferredSecondaryMethodAsync(string userId, PreferredSecondaryMethod method, CancellationToken cancellationToken)
    {
        var body = new SignInPreferences { UserPreferredMethodForSecondaryAuthentication = GraphModelMapping.ToGraphName(method) };
        var result = await MutateAsync("set default MFA method", async (configure, ct) =>
        {
            var request = new RequestInformation { HttpMethod = Method.PATCH, URI = SignInPreferencesUri(userId) };
            var configuration = new RequestConfiguration<DefaultQueryParameters>();
            configure(configuration);
            request.AddRequestOptions(configuration.Options);
            request.Headers.TryAdd("Accept", "application/json");
            request.SetContentFromParsable(graph.RequestAdapter, "application/json", body);
            await graph.RequestAdapter.SendNoContentAsync(request, ErrorMapping, ct).ConfigureAwait(false);
            return null;
        }, cancellationToken).ConfigureAwait(false);
        GraphLog.DefaultMethodSet(logger, body.UserPreferredMethodForSecondaryAuthentication, userId, tenantId, result.RequestId);
        return result;
    }

    public async Task<GraphMutationResult> UpdatePhoneNumberAsync(string userId, CorePhoneType phoneType, string phoneNumber, CancellationToken cancellationToken)
    {
        var body = new PhoneAuthenticationMethod { PhoneNumber = phoneNumber, PhoneType = GraphModelMapping.ToGraph(phoneType) };
        var result = await MutateAsync("update phone", async (r, ct) =>
        {
            await graph.Users[userId].Authentication.PhoneMethods[GraphModelMapping.PhoneMethodId(phoneType)].PatchAsync(body, r, ct).ConfigureAwait(false);
            return null;
        }, cancellationToken).ConfigureAwait(false);
        GraphLog.PhoneChanged(logger, "update phone", phoneType, userId, tenantId, result.RequestId);
        return result;
    }

    public async Task<GraphMutationResult> AddPhoneAsync(string userId, CorePhoneType phoneType, string phoneNumber, CancellationToken cancellationToken)
    {
        var body = new PhoneAuthenticationMethod { PhoneNumber = phoneNumber, PhoneType = GraphModelMapping.ToGraph(phoneType) };
        var result = await MutateAsync("add phone", async (r, ct) =>
            (await graph.Users[userId].Authentication.PhoneMethods.PostAsync(body, r, ct).ConfigureAwait(false))?.Id
            ?? GraphModelMapping.PhoneMethodId(phoneType), cancellationToken).ConfigureAwait(false);
        GraphLog.PhoneChanged(logger, "add phone", phoneType, userId, tenantId, result.RequestId);
        return result;
    }

    public async Task<CoreTemporaryAccessPass> CreateTemporaryAccessPassAsync(string userId, int? lifetimeMinutes, bool isUsableOnce, CancellationToken cancellationToken)
    {
        var body = new TemporaryAccessPassAuthenticationMethod { LifetimeInMinutes = lifetimeMinutes, IsUsableOnce = isUsableOnce };
        TemporaryAccessPassAuthenticationMethod? created = null;
        var result = await MutateAsync("create temporary access pass", async (r, ct) =>
        {
            created = await graph.Users[userId].Authentication.TemporaryAccessPassMethods.PostAsync(body, r, ct).ConfigureAwait(false);
            return created?.Id;
        }, cancellationToken).ConfigureAwait(false);

        if (created?.TemporaryAccessPass is not { Length: > 0 } pass)
        {
            throw new GraphFailureException(GraphFailureKind.Unknown, "Graph created a Temporary Access Pass but returned no pass.", result.RequestId);
        }

        // Never log the pass itself.
        GraphLog.TemporaryAccessPassIssued(logger, created.Id, userId, tenantId, result.RequestId);
        return new CoreTemporaryAccessPass(created.Id ?? string.Empty, pass, created.StartDateTime, created.LifetimeInMinutes,
            created.IsUsableOnce ?? isUsableOnce, result.RequestId);
    }

    public async Task<GraphMutationResult> RevokeSignInSessionsAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await MutateAsync("revoke sign-in sessions", async (r, ct) =>
        {
            // Documented 204; Graph answers 200 {"value": true}. Both are success; an explicit false is not.
            var response = await graph.Users[userId].RevokeSignInSessions.PostAsRevokeSignInSessionsPostResponseAsync(r, ct).ConfigureAwait(false);
            if (response?.Value == false)
            {
                throw new GraphFailureException(GraphFailureKind.Unknown, "Graph did not revoke the sessions (value false).");
            }

            return null;
        }, cancellationToken).ConfigureAwait(false);
        GraphLog.Mutated(logger, "revoke sign-in sessions", userId, tenantId, result.RequestId);
        return result;
    }

    public async Task<GraphMutationResult> SendMailAsync(string senderUpnOrId, CoreMailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new SendMailPostRequestBody
        {
            Message = new Message
            {
                Subject = message.Subject,
                Body = new ItemBody { ContentType = message.IsHtml ? BodyType.Html : BodyType.Text, Content = message.Body },
                ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = message.ToAddress, Name = message.ToName } }],
            },
            SaveToSentItems = true,
        };
        var result = await MutateAsync("send mail", async (r, ct) =>
        {
            await graph.Users[senderUpnOrId].SendMail.PostAsync(body, r, ct).ConfigureAwait(false);
            return null;
        }, cancellationToken).ConfigureAwait(false);
        GraphLog.Mutated(logger, "send mail", senderUpnOrId, tenantId, result.RequestId);
        return result;
    }

    private async Task<GraphMutationResult> MutateAsync(string operation,
        Func<Action<RequestConfiguration<DefaultQueryParameters>>, CancellationToken, Task<string?>> call, CancellationToken cancellationToken)
    {
        var inspection = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var createdId = await CallAsync(operation, ct => call(r => r.Options.Add(inspection), ct), cancellationToken).ConfigureAwait(false);
        var requestId = inspection.ResponseHeaders.TryGetValue("request-id", out var values) ? values.FirstOrDefault() : null;
        return new GraphMutationResult(requestId, createdId);
    }
}
