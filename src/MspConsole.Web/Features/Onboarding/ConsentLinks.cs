using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using MspConsole.Infrastructure.Graph;
using MspConsole.Web.Security;

namespace MspConsole.Web.Features.Onboarding;

/// <summary>
/// The admin-consent link for the MSP's multi-tenant app in one customer tenant, and the check of Entra's redirect back.
/// The state is protected (ASP.NET Core Data Protection) and names the tenant, the admin who asked and when, so a
/// callback is only accepted for the tenant it was issued for, by the same admin, within the link's lifetime.
/// </summary>
public sealed class ConsentLinks(
    IDataProtectionProvider protection,
    IOptions<GraphOptions> graph,
    IOptions<OnboardingOptions> onboarding,
    TimeProvider time)
{
    public const string CallbackPath = "/admin/consent/callback";
    private const string Purpose = "MspConsole.Admin.ConsentState.v1";

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public Uri RedirectUri(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return onboarding.Value.ConsentRedirectUri is { Length: > 0 } configured
            ? new Uri(configured)
            : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{CallbackPath}");
    }

    public Uri Create(Guid tenantId, ClaimsPrincipal admin, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(admin);
        // A fresh GUID per link: the callback claims it as a receipt, so each state is accepted once.
        var nonce = Guid.NewGuid().ToString("N");
        var issued = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var state = Protector.Protect(string.Join('|', tenantId.ToString("D"), admin.GetObjectId() ?? "", issued, nonce));
        var settings = graph.Value;
        var query = string.Join('&',
            $"client_id={Uri.EscapeDataString(settings.ClientId)}",
            $"redirect_uri={Uri.EscapeDataString(RedirectUri(request).ToString())}",
            $"state={Uri.EscapeDataString(state)}");
        return new Uri(settings.LoginUri(), $"{tenantId:D}/adminconsent?{query}");
    }

    /// <summary>The tenant the state was issued for and its nonce, or null when it is forged, expired or another admin's.
    /// Whether it was used before is the caller's check (<see cref="ConsentController"/> claims the nonce).</summary>
    public ConsentCallbackState? Validate(string? state, ClaimsPrincipal admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (string.IsNullOrEmpty(state) || state.Length > 2048)
        {
            return null;
        }

        string plain;
        try
        {
            plain = Protector.Unprotect(state);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = plain.Split('|');
        if (parts.Length != 4 || !Guid.TryParse(parts[0], out var tenantId)
            || !string.Equals(parts[1], admin.GetObjectId() ?? "", StringComparison.Ordinal)
            || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var issuedSeconds)
            || !Guid.TryParseExact(parts[3], "N", out var nonce))
        {
            return null;
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(issuedSeconds);
        return age >= TimeSpan.FromMinutes(-5) && age <= TimeSpan.FromMinutes(onboarding.Value.ConsentLinkLifetimeMinutes)
            ? new ConsentCallbackState(tenantId, nonce)
            : null;
    }
}
