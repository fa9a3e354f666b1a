namespace MspConsole.TestKit.Builders;

/// <summary>The fixed "now" that builders use, so tests can reason about dates.</summary>
public static class TestClock
{
    public static DateTimeOffset Now { get; } = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
}
