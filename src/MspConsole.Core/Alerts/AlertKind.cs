namespace MspConsole.Core.Alerts;

/// <summary>What a rule watches.</summary>
public enum AlertKind
{
    /// <summary>An administrator with no MFA method registered; one alert per admin.</summary>
    AdminWithoutMfa,

    /// <summary>The console's app lost its consent in the tenant, or a permission it needs is missing.</summary>
    ConsentProblem,

    /// <summary>No successful poll for more than the rule's threshold in hours.</summary>
    PollsFailing,

    /// <summary>The share of users with two methods or more below the rule's threshold in percent.</summary>
    ResilientShareLow,

    /// <summary>The tenant's latest finished reminder batch could not send some of its reminders.</summary>
    ReminderBatchFailed,
}
