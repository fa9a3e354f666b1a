using MspConsole.Core.Graph;
using MspConsole.Core.Tenants;

namespace MspConsole.TestKit.Builders;

/// <summary>A valid, successfully polled tenant by default; set only what the test is about.</summary>
public sealed class TenantBuilder
{
    private static int counter;
    private Guid id = Guid.NewGuid();
    private string displayName;
    private string domain;
    private string[] tags = [];
    private ContractOwner contractOwner = ContractOwner.Msp;
    private string language = SupportedLanguage.Dutch;
    private EnforcementPosture enforcement = new(SecurityDefaultsEnabled: true, ConditionalAccessAvailable: true, PoliciesRequiringMfa: 0, PoliciesOfferingMfa: 0, []);
    private DateTimeOffset? polledAt = TestClock.Now.AddHours(-2);
    private string? pollError;
    private ConsentState? consent;

    public TenantBuilder()
    {
        var number = Interlocked.Increment(ref counter);
        displayName = $"Tenant {number:D4}";
        domain = $"tenant{number:D4}-{id.ToString("N")[..8]}.onmicrosoft.com";
    }

    public TenantBuilder WithId(Guid value) { id = value; return this; }

    public TenantBuilder Named(string name, string? defaultDomain = null)
    {
        displayName = name;
        domain = defaultDomain ?? domain;
        return this;
    }

    public TenantBuilder WithTags(params string[] values) { tags = values; return this; }

    public TenantBuilder WithContract(ContractOwner owner) { contractOwner = owner; return this; }

    public TenantBuilder WithLanguage(string value) { language = value; return this; }

    public TenantBuilder WithEnforcement(bool securityDefaults, int conditionalAccessPolicies)
    {
        enforcement = new EnforcementPosture(securityDefaults, ConditionalAccessAvailable: true, conditionalAccessPolicies, PoliciesOfferingMfa: 0, []);
        return this;
    }

    public TenantBuilder PolledAt(DateTimeOffset? value) { polledAt = value; return this; }

    public TenantBuilder NeverPolled() { polledAt = null; return this; }

    public TenantBuilder WithFailedPoll(string error) { pollError = error; return this; }

    public TenantBuilder WithConsent(ConsentState value) { consent = value; return this; }

    public Tenant Build()
    {
        var tenant = new Tenant(id, displayName, domain, contractOwner, language, TestClock.Now.AddDays(-30));
        tenant.SetTags(tags);
        if (polledAt is { } at)
        {
            tenant.PollStarted(at.AddMinutes(-1));
            tenant.PollSucceeded(at, DataSource.RegistrationReport, enforcement);
        }

        if (pollError is not null)
        {
            tenant.PollStarted(TestClock.Now.AddMinutes(-10));
            tenant.PollFailed(TestClock.Now.AddMinutes(-9), PollOutcome.Failed, pollError);
        }

        if (consent is { } state)
        {
            tenant.RecordConsent(state);
        }

        return tenant;
    }
}
