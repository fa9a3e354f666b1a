using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;
using MspConsole.Web.Features.Onboarding;

namespace MspConsole.Web.Tests.Admin;

/// <summary>The connection test reads a token failure as the poll does (<see cref="GraphFailureRules.ConsentAfter"/>).</summary>
public sealed class ConnectionTestingTests
{
    [Theory]
    [InlineData(GraphFailureKind.UnknownTenant, ConsentState.Missing)]
    [InlineData(GraphFailureKind.ConsentMissing, ConsentState.Missing)]
    [InlineData(GraphFailureKind.InvalidCredentials, null)]
    [InlineData(GraphFailureKind.Transient, null)]
    public void ATokenFailure_SetsTheConsentStateThePollWouldSet(GraphFailureKind failure, ConsentState? expected)
    {
        var result = new ConnectionTestResult(Guid.NewGuid(), failure, "token refused", []);

        Assert.Equal(expected, ConnectionTesting.ConsentStateOf(result));
        Assert.Equal(GraphFailureRules.ConsentAfter(failure), ConnectionTesting.ConsentStateOf(result));
    }

    [Fact]
    public void ATokenWithAPermissionMissing_IsPermissionMissing_AndWithNone_Granted()
    {
        ConnectionCheck Check(ConnectionCheckOutcome outcome) => new(ConnectionCheckNames.RegistrationReport, "AuditLog.Read.All", outcome, "m", null);

        Assert.Equal(ConsentState.PermissionMissing, ConnectionTesting.ConsentStateOf(new(Guid.NewGuid(), null, null, [Check(ConnectionCheckOutcome.PermissionMissing)])));
        Assert.Equal(ConsentState.Granted, ConnectionTesting.ConsentStateOf(new(Guid.NewGuid(), null, null, [Check(ConnectionCheckOutcome.Ok)])));
    }
}
