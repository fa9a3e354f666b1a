using System.Collections.Concurrent;

namespace MspConsole.GraphSimulator.State;

/// <summary>
/// Decides, per Graph request, whether to throttle (per-tenant budget per window), inject a 5xx (queued
/// "fail next N" first, then a seeded rate), and counts requests per tenant. Thread-safe.
/// </summary>
public sealed class FaultController
{
    private readonly Lock sync = new();
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<Guid, Counter> counters = new();
    private readonly Dictionary<Guid, (DateTimeOffset Start, int Used)> windows = [];
    private readonly Dictionary<Guid, List<QueuedFault>> queued = [];
    private readonly int seed;
    private Random errorRandom;
    private FaultSettings settings;

    internal FaultController(SimulatorOptions options)
    {
        time = options.TimeProvider;
        seed = options.Seed;
        errorRandom = new Random(seed);
        Initial = new FaultSettings(options.ThrottleEnabled, options.ThrottleBudget,
            options.ThrottleWindow.TotalSeconds, options.ServerErrorRate, options.LatencyMilliseconds);
        settings = Initial;
    }

    private FaultSettings Initial { get; }

    public FaultSettings Settings
    {
        get
        {
            lock (sync)
            {
                return settings;
            }
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (sync)
            {
                settings = value;
                windows.Clear();
            }
        }
    }

    /// <summary>Answers the next <paramref name="count"/> Graph requests of a tenant with the given status (503 and 429 carry
    /// Retry-After). With <paramref name="method"/> and/or <paramref name="pathContains"/> only matching requests fail (e.g. the
    /// PATCH of signInPreferences in the middle of an action); the others pass.</summary>
    public void FailNext(Guid tenantId, int count, int statusCode = 503, int retryAfterSeconds = 1, string? method = null, string? pathContains = null)
    {
        var fault = statusCode switch
        {
            403 => new FaultDecision(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.", null),
            429 => new FaultDecision(429, "TooManyRequests", "Too many requests.", retryAfterSeconds),
            503 => new FaultDecision(503, "serviceNotAvailable", "The service is temporarily unavailable.", retryAfterSeconds),
            504 => new FaultDecision(504, "gatewayTimeout", "The gateway timed out.", null),
            _ => new FaultDecision(statusCode, "generalException", "An injected error occurred.", null),
        };
        lock (sync)
        {
            if (!queued.TryGetValue(tenantId, out var queue))
            {
                queued[tenantId] = queue = [];
            }

            for (var i = 0; i < count; i++)
            {
                queue.Add(new QueuedFault(fault, method, pathContains));
            }
        }
    }

    public IReadOnlyList<RequestStats> RequestStats() =>
        counters.Select(p => new RequestStats(p.Key, p.Value.Total, p.Value.Throttled, p.Value.ServerErrors))
            .OrderBy(s => s.TenantId).ToList();

    public RequestStats RequestStats(Guid tenantId) =>
        counters.TryGetValue(tenantId, out var c) ? new RequestStats(tenantId, c.Total, c.Throttled, c.ServerErrors) : new RequestStats(tenantId, 0, 0, 0);

    /// <summary>Counts the request and returns the fault to answer it with, or null to serve it.</summary>
    public FaultDecision? Decide(Guid tenantId, string method = "GET", string path = "")
    {
        var counter = counters.GetOrAdd(tenantId, _ => new Counter());
        Interlocked.Increment(ref counter.Total);
        var fault = DecideLocked(tenantId, method, path);
        if (fault is { StatusCode: 429 })
        {
            Interlocked.Increment(ref counter.Throttled);
        }
        else if (fault is not null)
        {
            Interlocked.Increment(ref counter.ServerErrors);
        }

        return fault;
    }

    internal void Reset()
    {
        lock (sync)
        {
            settings = Initial;
            windows.Clear();
            queued.Clear();
            errorRandom = new Random(seed);
            counters.Clear();
        }
    }

    private FaultDecision? DecideLocked(Guid tenantId, string method, string path)
    {
        lock (sync)
        {
            if (queued.TryGetValue(tenantId, out var queue) && queue.FindIndex(q => q.Matches(method, path)) is var index and >= 0)
            {
                var next = queue[index];
                queue.RemoveAt(index);
                return next.Fault;
            }

            if (settings.ThrottleEnabled && Throttle(tenantId) is { } throttled)
            {
                return throttled;
            }

            if (settings.ServerErrorRate > 0 && errorRandom.NextDouble() < settings.ServerErrorRate)
            {
                return errorRandom.Next(4) == 0
                    ? new FaultDecision(504, "gatewayTimeout", "The gateway timed out.", null)
                    : new FaultDecision(503, "serviceNotAvailable", "The service is temporarily unavailable.", 1);
            }

            return null;
        }
    }

    private FaultDecision? Throttle(Guid tenantId)
    {
        var now = time.GetUtcNow();
        var window = TimeSpan.FromSeconds(settings.ThrottleWindowSeconds);
        var (start, used) = windows.GetValueOrDefault(tenantId, (now, 0));
        if (now - start >= window)
        {
            (start, used) = (now, 0);
        }

        if (used >= settings.ThrottleBudget)
        {
            windows[tenantId] = (start, used);
            var wait = (int)Math.Ceiling((start + window - now).TotalSeconds);
            return new FaultDecision(429, "TooManyRequests",
                "Too many requests. Please retry after the time in the Retry-After header.", Math.Max(1, wait));
        }

        windows[tenantId] = (start, used + 1);
        return null;
    }

    private sealed record QueuedFault(FaultDecision Fault, string? Method, string? PathContains)
    {
        public bool Matches(string method, string path) =>
            (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
            && (PathContains is null || path.Contains(PathContains, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class Counter
    {
        public long Total;
        public long Throttled;
        public long ServerErrors;
    }
}
