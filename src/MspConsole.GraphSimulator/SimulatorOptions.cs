using Microsoft.Extensions.Configuration;

namespace MspConsole.GraphSimulator;

/// <summary>How the simulator is started: dataset size and seed, the one app registration it knows, and default faults.</summary>
public sealed record SimulatorOptions
{
    public const string DefaultClientId = "5ad1a0c4-9e21-4b7e-9f4c-3c0e5c0f00d1";
    public const string DefaultClientSecret = "simulator-secret";

    /// <summary>Number of customer tenants in the synthetic dataset.</summary>
    public int Tenants { get; init; } = 25;

    /// <summary>Seed of the dataset; the same seed gives the same tenants, users and methods.</summary>
    public int Seed { get; init; } = 1;

    public string ClientId { get; init; } = DefaultClientId;

    public string ClientSecret { get; init; } = DefaultClientSecret;

    /// <summary>Kestrel URLs; the default picks a free loopback port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:0";

    /// <summary>When true, each tenant gets <see cref="ThrottleBudget"/> Graph requests per <see cref="ThrottleWindow"/>, then 429.</summary>
    public bool ThrottleEnabled { get; init; }

    /// <summary>Requests per window per tenant, like Graph's reports limit (5 per 10 s).</summary>
    public int ThrottleBudget { get; init; } = 5;

    public TimeSpan ThrottleWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Share (0..1) of Graph requests answered with 503 (or, one in four, 504); decided by a Random seeded from <see cref="Seed"/>.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Added latency on every Graph request, in milliseconds.</summary>
    public int LatencyMilliseconds { get; init; }

    /// <summary>When set, the large tenant (the fourth) has exactly this many users and is licensed and consented: the
    /// poll benchmark's large-tenant case.</summary>
    public int? LargeTenantUsers { get; init; }

    /// <summary>Page size of userRegistrationDetails when the caller sends no $top.</summary>
    public int ReportPageSize { get; init; } = 100;

    /// <summary>Page size of directoryRoles/{id}/members (Graph: 1,000, and no $top); smaller in tests to exercise paging.</summary>
    public int RoleMemberPageSize { get; init; } = 1000;

    /// <summary>Lifetime of issued access tokens.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Clock of the simulator (token expiry, throttle windows, TAP validity, timestamps).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reads <c>--tenants --seed --client-id --client-secret --urls --throttle --throttle-budget --error-rate --latency-ms --page-size --large-tenant-users</c>.</summary>
    public static SimulatorOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new SimulatorOptions();
        return defaults with
        {
            Tenants = configuration.GetValue("tenants", defaults.Tenants),
            Seed = configuration.GetValue("seed", defaults.Seed),
            ClientId = configuration["client-id"] ?? defaults.ClientId,
            ClientSecret = configuration["client-secret"] ?? defaults.ClientSecret,
            Urls = configuration["urls"] ?? "http://127.0.0.1:5089",
            ThrottleEnabled = configuration.GetValue("throttle", defaults.ThrottleEnabled),
            ThrottleBudget = configuration.GetValue("throttle-budget", defaults.ThrottleBudget),
            ServerErrorRate = configuration.GetValue("error-rate", defaults.ServerErrorRate),
            LatencyMilliseconds = configuration.GetValue("latency-ms", defaults.LatencyMilliseconds),
            ReportPageSize = configuration.GetValue("page-size", defaults.ReportPageSize),
            LargeTenantUsers = configuration.GetValue<int?>("large-tenant-users"),
        };
    }
}
