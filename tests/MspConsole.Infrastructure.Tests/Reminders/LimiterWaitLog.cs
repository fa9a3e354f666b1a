using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MspConsole.Infrastructure.Reminders;
using MspConsole.TestKit.Hosting;

namespace MspConsole.Infrastructure.Tests.Reminders;

/// <summary>Collects the rate limiter's messages of one instance, so a test knows when a sender has started waiting
/// (the harness logs only warnings; this provider also takes the limiter's information).</summary>
internal sealed class LimiterWaitLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyList<string> Waits => messages.Where(m => m.Contains("waiting", StringComparison.Ordinal)).ToList();

    public void AddTo(IServiceCollection services) =>
        services.AddLogging(logging => logging.AddProvider(this).AddFilter<LimiterWaitLog>(typeof(MailboxRateLimiter).FullName, LogLevel.Information));

    /// <summary>Polls (real time, bounded) until <paramref name="count"/> waits were logged.</summary>
    public Task WaitForWaitsAsync(int count, CancellationToken cancellationToken) =>
        WaitUntil.TrueAsync($"{count} limiter waits logged", _ => Task.FromResult(Waits.Count >= count), TimeSpan.FromSeconds(30), cancellationToken,
            TimeSpan.FromMilliseconds(10));

    public ILogger CreateLogger(string categoryName) =>
        categoryName == typeof(MailboxRateLimiter).FullName ? new Logger(messages) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));
    }
}
