using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;

namespace MspConsole.Core.Tests.Graph;

public sealed class GraphFailureRulesTests
{
    [Theory]
    [InlineData(GraphFailureKind.ConsentMissing, ConsentState.Missing)]
    [InlineData(GraphFailureKind.UnknownTenant, ConsentState.Missing)]
    [InlineData(GraphFailureKind.PermissionMissing, ConsentState.PermissionMissing)]
    public void ConsentAfter_AFailureOfTheTenantsSetUp_MarksItsConsent(GraphFailureKind kind, ConsentState expected) =>
        Assert.Equal(expected, GraphFailureRules.ConsentAfter(kind));

    [Theory]
    [InlineData(GraphFailureKind.InvalidCredentials)]
    [InlineData(GraphFailureKind.Throttled)]
    [InlineData(GraphFailureKind.Transient)]
    [InlineData(GraphFailureKind.NotFound)]
    [InlineData(GraphFailureKind.BadRequest)]
    [InlineData(GraphFailureKind.NotLicensed)]
    [InlineData(GraphFailureKind.Unknown)]
    public void ConsentAfter_AFailureThatSaysNothingAboutThisTenantsConsent_LeavesItAsItWas(GraphFailureKind kind) =>
        Assert.Null(GraphFailureRules.ConsentAfter(kind));

    [Fact]
    public void SetupProblems_AreExactlyTheFailuresOnlyAnAdminCanFix()
    {
        var setup = Enum.GetValues<GraphFailureKind>().Where(GraphFailureRules.IsSetupProblem);

        Assert.Equal([GraphFailureKind.ConsentMissing, GraphFailureKind.PermissionMissing, GraphFailureKind.UnknownTenant, GraphFailureKind.InvalidCredentials], setup);
    }
}
