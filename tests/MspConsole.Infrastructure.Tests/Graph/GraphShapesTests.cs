using System.Net;
using System.Text;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using MspConsole.Core.Graph;
using MspConsole.Infrastructure.Graph;
using Xunit;
using AuthenticationMethod = MspConsole.Core.Graph.AuthenticationMethod;
using CorePhoneType = MspConsole.Core.Graph.PhoneType;

namespace MspConsole.Infrastructure.Tests.Graph;

/// <summary>The shapes in GRAPH.md, parsed by the Graph SDK's own JSON parser and mapped by our code (no simulator).</summary>
public sealed class GraphShapesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReportExample_FromGraphMd_MapsToARegistration()
    {
        var details = await ParseAsync(
            """{"id":"7f1c2d3e-0000-4000-8000-000000000001","userPrincipalName":"ana@fabrikam.example","userType":"member","isMfaRegistered":false,"methodsRegistered":["email"]}""",
            UserRegistrationDetails.CreateFromDiscriminatorValue);

        var row = GraphModelMapping.ToRegistration(details);

        Assert.Equal("7f1c2d3e-0000-4000-8000-000000000001", row.Id);
        Assert.Equal("ana@fabrikam.example", row.UserPrincipalName);
        Assert.False(row.IsGuest);
        Assert.False(row.IsMfaRegistered);
        Assert.Equal(["email"], row.MethodsRegistered);
        Assert.Null(row.DefaultMethod);
    }

    [Fact]
    public async Task ReportRow_WithUnknownEnumsAndNewMethodNames_KeepsTheOpenSet()
    {
        var details = await ParseAsync("""
            {"id":"u1","userPrincipalName":"g@x.example","userDisplayName":"Guest","userType":"guest","isAdmin":true,
             "isMfaRegistered":true,"isMfaCapable":true,"isSsprRegistered":false,"isPasswordlessCapable":true,
             "methodsRegistered":["passKeyDeviceBoundWindowsHello","microsoftAuthenticatorPush"],
             "systemPreferredAuthenticationMethods":["someFutureMethod"],
             "userPreferredMethodForSecondaryAuthentication":"",
             "lastUpdatedDateTime":"2025-03-01T09:15:02Z","defaultMfaMethod":"microsoftAuthenticatorPush"}
            """, UserRegistrationDetails.CreateFromDiscriminatorValue);

        var row = GraphModelMapping.ToRegistration(details);

        Assert.True(row.IsGuest);
        Assert.True(row.IsAdmin);
        Assert.True(row.IsPasswordlessCapable);
        Assert.Equal(["passKeyDeviceBoundWindowsHello", "microsoftAuthenticatorPush"], row.MethodsRegistered);
        Assert.Equal("microsoftAuthenticatorPush", row.DefaultMethod);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 9, 15, 2, TimeSpan.Zero), row.LastUpdated);
    }

    [Fact]
    public async Task ReportRow_WithV1PreferredMethod_UsesItAsDefault()
    {
        var details = await ParseAsync("""{"id":"u2","userPreferredMethodForSecondaryAuthentication":"voiceAlternateMobile"}""",
            UserRegistrationDetails.CreateFromDiscriminatorValue);

        Assert.Equal("voiceAlternateMobile", GraphModelMapping.ToRegistration(details).DefaultMethod);
    }

    [Fact]
    public async Task MethodsList_WithEveryTypeFromGraphMd_MapsKindsAndDetails()
    {
        var page = await ParseAsync("""
            {"value":[
              {"@odata.type":"#microsoft.graph.passwordAuthenticationMethod","id":"28c10230-6103-485e-b985-444c60001490","password":null,"createdDateTime":"2024-01-02T03:04:05Z"},
              {"@odata.type":"#microsoft.graph.phoneAuthenticationMethod","id":"b6332ec1-7057-4abe-9331-3d72feddfe41","phoneNumber":"+32 470123456","phoneType":"alternateMobile","smsSignInState":"notSupported"},
              {"@odata.type":"#microsoft.graph.emailAuthenticationMethod","id":"e1","emailAddress":"ana@home.example"},
              {"@odata.type":"#microsoft.graph.microsoftAuthenticatorAuthenticationMethod","id":"m1","displayName":"iPhone 15","deviceTag":"SoftwareTokenActivated","phoneAppVersion":"6.8.1","createdDateTime":"2024-05-06T07:08:09Z"},
              {"@odata.type":"#microsoft.graph.softwareOathAuthenticationMethod","id":"s1","secretKey":null},
              {"@odata.type":"#microsoft.graph.fido2AuthenticationMethod","id":"f1","displayName":"YubiKey 5","model":"YubiKey 5 NFC","aaGuid":"cb69481e-8ff7-4039-93ec-0a2729a154a8","attestationCertificates":[],"attestationLevel":"attested","creationDateTime":"2023-11-12T13:14:15Z"},
              {"@odata.type":"#microsoft.graph.windowsHelloForBusinessAuthenticationMethod","id":"w1","displayName":"LAPTOP-42","keyStrength":"normal","createdDateTime":"2024-02-03T04:05:06Z"},
              {"@odata.type":"#microsoft.graph.platformCredentialAuthenticationMethod","id":"p1","displayName":"MacBook","keyStrength":"normal","platform":"macOS"},
              {"@odata.type":"#microsoft.graph.temporaryAccessPassAuthenticationMethod","id":"t1","temporaryAccessPass":null,"lifetimeInMinutes":60,"isUsableOnce":true,"isUsable":true,"methodUsabilityReason":"EnabledByPolicy"},
              {"@odata.type":"#microsoft.graph.qrCodePinAuthenticationMethod","id":"q1"},
              {"@odata.type":"#microsoft.graph.someFutureAuthenticationMethod","id":"x1","displayName":"Future"}
            ]}
            """, AuthenticationMethodCollectionResponse.CreateFromDiscriminatorValue);

        var methods = page.Value!.Select(GraphModelMapping.ToMethod).ToList();

        Assert.Equal(
            [AuthenticationMethodKind.Password, AuthenticationMethodKind.Phone, AuthenticationMethodKind.Email, AuthenticationMethodKind.MicrosoftAuthenticator,
             AuthenticationMethodKind.SoftwareOath, AuthenticationMethodKind.Fido2, AuthenticationMethodKind.WindowsHello, AuthenticationMethodKind.PlatformCredential,
             AuthenticationMethodKind.TemporaryAccessPass, AuthenticationMethodKind.Other, AuthenticationMethodKind.Other],
            methods.Select(m => m.Kind));
        Assert.Equal(CorePhoneType.AlternateMobile, methods[1].PhoneType);
        Assert.Equal("+32 470123456", methods[1].PhoneNumber);
        Assert.Equal("ana@home.example", methods[2].EmailAddress);
        Assert.Equal("iPhone 15", methods[3].DeviceName);
        Assert.Equal(new DateTimeOffset(2023, 11, 12, 13, 14, 15, TimeSpan.Zero), methods[5].CreatedAt); // creationDateTime accepted
        Assert.Equal("MacBook", methods[7].DeviceName);
        Assert.Equal("someFutureAuthenticationMethod", methods[10].GraphType);
        Assert.Equal("Future", methods[10].DeviceName);

        var registration = RegistrationFromMethods.Create(new DirectoryUser("u", "u@x.example", "U", false, true, null, null), methods);
        Assert.Equal(
            ["alternateMobilePhone", "email", "microsoftAuthenticatorPush", "softwareOneTimePasscode", "passKeyDeviceBound",
             "windowsHelloForBusiness", "macOsSecureEnclaveKey", "temporaryAccessPass"],
            registration.MethodsRegistered);
        Assert.True(registration.IsMfaRegistered);
        Assert.True(registration.IsPasswordlessCapable);
    }

    [Theory]
    [InlineData("email", false, true)]
    [InlineData("alternateMobile", true, false)]
    [InlineData("office", true, true)]
    [InlineData("temporaryAccessPass", false, false)]
    public void RegistrationFromMethods_FollowsEntrasMfaAndSsprRules(string only, bool mfa, bool sspr)
    {
        AuthenticationMethod method = only switch
        {
            "email" => new("e", AuthenticationMethodKind.Email, "emailAuthenticationMethod"),
            "alternateMobile" => new("a", AuthenticationMethodKind.Phone, "phoneAuthenticationMethod", CorePhoneType.AlternateMobile),
            "office" => new("o", AuthenticationMethodKind.Phone, "phoneAuthenticationMethod", CorePhoneType.Office),
            _ => new("t", AuthenticationMethodKind.TemporaryAccessPass, "temporaryAccessPassAuthenticationMethod"),
        };

        var row = RegistrationFromMethods.Create(new DirectoryUser("u", "u@x.example", "U", false, true, null, null),
            [new AuthenticationMethod("p", AuthenticationMethodKind.Password, "passwordAuthenticationMethod"), method]);

        Assert.Equal(mfa, row.IsMfaRegistered);
        Assert.Equal(mfa, row.IsMfaCapable);
        Assert.Equal(sspr, row.IsSsprRegistered);
        Assert.Single(row.MethodsRegistered);
    }

    [Fact]
    public async Task UsersPage_WithCapitalisedUserTypeAndNulls_MapsToDirectoryUsers()
    {
        var page = await ParseAsync("""
            {"value":[
              {"id":"1","userPrincipalName":"jan@x.example","displayName":"Jan","userType":"Member","accountEnabled":false,"preferredLanguage":"nl-NL","mail":"jan@x.example"},
              {"id":"2","userPrincipalName":"g_y.example#EXT#@x.example","displayName":"Gast","userType":"Guest","accountEnabled":true,"preferredLanguage":null,"mail":null}
            ],"@odata.nextLink":"https://graph.microsoft.com/v1.0/users?$top=2&$skiptoken=abc"}
            """, UserCollectionResponse.CreateFromDiscriminatorValue);

        var users = page.Value!.Select(GraphModelMapping.ToDirectoryUser).ToList();

        Assert.Equal(new DirectoryUser("1", "jan@x.example", "Jan", false, false, "nl-NL", "jan@x.example"), users[0]);
        Assert.Equal(new DirectoryUser("2", "g_y.example#EXT#@x.example", "Gast", true, true, null, null), users[1]);
        Assert.Equal("https://graph.microsoft.com/v1.0/users?$top=2&$skiptoken=abc", page.OdataNextLink);
    }

    [Theory]
    [InlineData(403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant", GraphFailureKind.NotLicensed)]
    [InlineData(403, "Authorization_RequestDenied", GraphFailureKind.PermissionMissing)]
    [InlineData(401, "InvalidAuthenticationToken", GraphFailureKind.ConsentMissing)]
    [InlineData(404, "Request_ResourceNotFound", GraphFailureKind.NotFound)]
    [InlineData(400, "BadRequest", GraphFailureKind.BadRequest)]
    [InlineData(429, "TooManyRequests", GraphFailureKind.Throttled)]
    [InlineData(503, "serviceNotAvailable", GraphFailureKind.Transient)]
    [InlineData(504, "gatewayTimeout", GraphFailureKind.Transient)]
    public async Task GraphErrorEnvelope_MapsByStatusAndCode_WithRequestIdFromInnerError(int status, string code, GraphFailureKind expected)
    {
        var error = await ParseAsync("""
            {"error":{"code":"CODE","message":"Insufficient privileges to complete the operation.",
             "innerError":{"date":"2025-03-01T09:15:02","request-id":"0b7c1f43-1111-4e2e-9d7c-2b8c3d4e5f60","client-request-id":"c1"}}}
            """.Replace("CODE", code, StringComparison.Ordinal), ODataError.CreateFromDiscriminatorValue);
        error.ResponseStatusCode = status;
        error.ResponseHeaders = new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = ["7"] };

        var failure = GraphErrorTranslator.Translate(error, CancellationToken.None);

        Assert.NotNull(failure);
        Assert.Equal(expected, failure.Kind);
        Assert.Equal("0b7c1f43-1111-4e2e-9d7c-2b8c3d4e5f60", failure.RequestId);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
    }

    [Fact]
    public void RetryAfter_AsAnHttpDate_BecomesAWait()
    {
        var date = DateTimeOffset.UtcNow.AddSeconds(30).ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        var wait = GraphErrorTranslator.RetryAfter(new Dictionary<string, IEnumerable<string>> { ["retry-after"] = [date] });

        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31));
    }

    [Theory]
    [InlineData(400, "invalid_tenant", 90002, GraphFailureKind.UnknownTenant)]
    [InlineData(400, "invalid_request", 90002, GraphFailureKind.UnknownTenant)]
    [InlineData(400, "unauthorized_client", 700016, GraphFailureKind.ConsentMissing)]
    [InlineData(401, "invalid_client", 7000229, GraphFailureKind.ConsentMissing)]
    [InlineData(401, "invalid_client", 7000215, GraphFailureKind.InvalidCredentials)]
    [InlineData(401, "invalid_client", 7000222, GraphFailureKind.InvalidCredentials)]
    [InlineData(500, "temporarily_unavailable", 0, GraphFailureKind.Transient)]
    public void TokenErrorBody_MapsByErrorAndErrorCodes(int status, string error, int code, GraphFailureKind expected)
    {
        var body = $$"""
            {"error":"{{error}}","error_description":"AADSTS{{code}}: something happened.\r\nTrace ID: t\r\nCorrelation ID: c\r\nTimestamp: 2025-03-01 09:15:02Z",
             "error_codes":[{{code}}],"timestamp":"2025-03-01 09:15:02Z","trace_id":"trace-1","correlation_id":"corr-1","error_uri":"https://login.microsoftonline.com/error?code={{code}}"}
            """;

        var failure = EntraErrorMapping.ToFailure((HttpStatusCode)status, body);

        Assert.Equal(expected, failure.Kind);
        Assert.Equal("trace-1", failure.RequestId);
        Assert.DoesNotContain("Trace ID", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscoveryDocument_TenantIdIsTheIssuersPathSegment()
    {
        const string json = """
            {"token_endpoint":"https://login.microsoftonline.com/4c0f1f3a-5b6e-4a1d-9c2b-7e8f9a0b1c2d/oauth2/v2.0/token",
             "issuer":"https://login.microsoftonline.com/4c0f1f3a-5b6e-4a1d-9c2b-7e8f9a0b1c2d/v2.0"}
            """;

        Assert.Equal(Guid.Parse("4c0f1f3a-5b6e-4a1d-9c2b-7e8f9a0b1c2d"), TenantDiscovery.TenantIdFromDiscovery(json));
    }

    [Theory]
    [InlineData("enabled", "AND", """["mfa"]""", null, "Required")]
    [InlineData("enabled", "OR", """["mfa"]""", null, "Required")]
    [InlineData("enabled", "OR", """["mfa","compliantDevice"]""", null, "Offered")]
    [InlineData("enabled", "AND", """["mfa","compliantDevice"]""", null, "Required")]
    [InlineData("enabledForReportingButNotEnforced", "OR", """["mfa"]""", null, "None")]
    [InlineData("disabled", "AND", """["mfa"]""", null, "None")]
    [InlineData("enabled", "OR", """["block"]""", null, "None")]
    [InlineData("enabled", "AND", """[]""", "mfa", "Required")]
    [InlineData("enabled", "AND", """[]""", "none", "None")]
    public async Task ConditionalAccessPolicy_EnforcesMfaPerGraphMd(string state, string op, string controls, string? strength, string expected)
    {
        var strengthJson = strength is null ? "null" : $$"""{"id":"s","displayName":"MFA","policyType":"builtIn","requirementsSatisfied":"{{strength}}","allowedCombinations":[]}""";
        var policy = await ParseAsync($$$"""
            {"id":"p","displayName":"P","state":"{{{state}}}",
             "grantControls":{"operator":"{{{op}}}","builtInControls":{{{controls}}},"customAuthenticationFactors":[],"termsOfUse":[],"authenticationStrength":{{{strengthJson}}}}}
            """, ConditionalAccessPolicy.CreateFromDiscriminatorValue);

        Assert.Equal(expected, ConditionalAccessEvaluation.Classify(policy).ToString());
    }

    [Fact]
    public async Task ConditionalAccessPolicy_WithoutGrantControls_DoesNotEnforceMfa()
    {
        var policy = await ParseAsync("""{"id":"p","state":"enabled","grantControls":null}""", ConditionalAccessPolicy.CreateFromDiscriminatorValue);

        Assert.Equal(MfaEnforcement.None, ConditionalAccessEvaluation.Classify(policy));
    }

    [Fact]
    public void TokenResponse_ParsesExpiresInAsNumberOrString()
    {
        var now = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

        var number = ClientCredentialsTokenSource.Parse("""{"token_type":"Bearer","expires_in":3599,"access_token":"abc"}""", now);
        var text = ClientCredentialsTokenSource.Parse("""{"token_type":"Bearer","expires_in":"60","access_token":"def"}""", now);

        Assert.Equal(new AccessToken("abc", now.AddSeconds(3599)), number);
        Assert.Equal(now.AddSeconds(60), text.ExpiresOn);
        Assert.DoesNotContain("abc", number.ToString(), StringComparison.Ordinal);
    }

    private static async Task<T> ParseAsync<T>(string json, ParsableFactory<T> factory) where T : IParsable
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var node = await new JsonParseNodeFactory().GetRootParseNodeAsync("application/json", stream, Ct);
        return node.GetObjectValue(factory) ?? throw new InvalidOperationException("Nothing parsed.");
    }
}
