using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MspConsole.Core.Audit;
using MspConsole.Core.Integrations;
using MspConsole.Infrastructure.Persistence;

namespace MspConsole.Web.Features.Api;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c>: finds the key by the hash of the secret, refuses revoked and expired keys,
/// records the use and audits the first use of each UTC day. Never looks at the console's cookie.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    MspConsoleDbContext db,
    IAuditLog auditLog,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header[BearerPrefix.Length..].Trim();
        var cancellationToken = Context.RequestAborted;
        var hash = ApiKeySecrets.Hash(secret);
        var key = await db.ApiKeys.SingleOrDefaultAsync(candidate => candidate.KeyHash == hash, cancellationToken);
        var now = time.GetUtcNow();
        if (key is null || !ApiKeySecrets.Matches(secret, key.KeyHash) || !key.IsUsableAt(now))
        {
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        }

        if (key.RecordUse(now))
        {
            var actor = new AuditActor($"apikey:{key.Id:D}", key.Name, ApiKeyClaims.AuditRole, Context.Connection.RemoteIpAddress?.ToString(), Context.TraceIdentifier);
            await auditLog.AppendAsync(AuditEvent.ForConsole(actor, now, IntegrationAuditActions.ApiKeyUsed, AuditOutcome.Succeeded), cancellationToken);
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        List<Claim> claims = [new(ApiKeyClaims.KeyId, key.Id.ToString("D")), new(ApiKeyClaims.KeyName, key.Name)];
        if (key.AccountManagerObjectId is { } manager)
        {
            claims.Add(new(ApiKeyClaims.AccountManager, manager));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name)), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // An API client wants a JSON answer, not the console's HTML error page.
        Context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid, unrevoked and unexpired API key is required.")
            .ExecuteAsync(Context);
    }
}
