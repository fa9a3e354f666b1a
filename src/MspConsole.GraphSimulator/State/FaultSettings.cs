namespace MspConsole.GraphSimulator.State;

/// <summary>Global fault switches (settable through options, <see cref="FaultController"/> or PUT /_simulator/faults).</summary>
public sealed record FaultSettings(
    bool ThrottleEnabled,
    int ThrottleBudget,
    double ThrottleWindowSeconds,
    double ServerErrorRate,
    int LatencyMilliseconds);
