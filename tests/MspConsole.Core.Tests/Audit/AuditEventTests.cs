using MspConsole.Core.Audit;

namespace MspConsole.Core.Tests.Audit;

public sealed class AuditEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);
    private static readonly AuditActor Hugo = new("6a1c0000-0000-4000-8000-00000000b001", "hugo@msp.example", "Helpdesk", "10.0.0.7", "corr-7");

    [Fact]
    public void ForConsole_RecordsTheActorWithTheirRequest_AndNoTenant()
    {
        var entry = AuditEvent.ForConsole(Hugo, Now, "ApiKeyUsed", AuditOutcome.Succeeded);

        Assert.Equal(new AuditEvent(Now, Hugo.ObjectId, "hugo@msp.example", "Helpdesk", "ApiKeyUsed", AuditOutcome.Succeeded,
            CorrelationId: "corr-7", ClientIp: "10.0.0.7"), entry);
    }

    [Fact]
    public void ForUser_NamesTheTenantAndTheUser_AndKeepsTheActorsRequest()
    {
        var tenantId = Guid.NewGuid();

        var entry = AuditEvent.ForUser(Hugo, Now, "RemoveMethod", AuditOutcome.Failed, tenantId, "user-1", "ana@customer.example")
            with { Reason = "Lost phone" };

        Assert.Equal((tenantId, "user-1", "ana@customer.example", "Lost phone"), (entry.TenantId, entry.TargetUserObjectId, entry.TargetUpn, entry.Reason));
        Assert.Equal((Hugo.ObjectId, "corr-7", "10.0.0.7"), (entry.ActorObjectId, entry.CorrelationId, entry.ClientIp));
    }

    [Fact]
    public void AJob_IsItsOwnObjectIdAndName_WithTheSystemRole_AndNoRequest()
    {
        var entry = AuditEvent.ForTenant(AuditActor.Job("campaign"), Now, "CampaignRun", AuditOutcome.Succeeded, Guid.Empty);

        Assert.Equal(("campaign", "campaign", "System", null, null), (entry.ActorObjectId, entry.ActorUpn, entry.ActorRole, entry.CorrelationId, entry.ClientIp));
    }
}
