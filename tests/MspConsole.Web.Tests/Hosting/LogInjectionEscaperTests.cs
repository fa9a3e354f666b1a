using System.Globalization;
using MspConsole.Web.Hosting;
using Serilog;

namespace MspConsole.Web.Tests.Hosting;

/// <summary>Graph data cannot forge lines in the text log (the file sink with the console's own template).</summary>
public sealed class LogInjectionEscaperTests : IDisposable
{
    private readonly string logFile = Path.Combine(Path.GetTempPath(), "mspconsole-tests", $"log-{Guid.NewGuid():N}.log");

    public void Dispose() => File.Delete(logFile);

    [Fact]
    public async Task UpnWithANewline_StaysOnItsOwnLine_InTheTextLog()
    {
        using (var logger = TextLog())
        {
            logger.Information("Audited {Action} on {Target}", "RemoveMethod", "jan@contoso.be\n2026-12-06T10:00:00.0000000+00:00 [WRN] Admin password reset by attacker\r\u2028x\u0007");
        }

        var line = Assert.Single(await File.ReadAllLinesAsync(logFile, TestContext.Current.CancellationToken));
        Assert.Contains(@"jan@contoso.be\n2026-12-06T10:00:00.0000000+00:00 [WRN] Admin password reset by attacker\r\u2028x\u0007", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StructuredValueWithANewline_IsEscapedToo()
    {
        using (var logger = TextLog())
        {
            logger.Information("Users {@Users}", new[] { new { Upn = "a@b.be\n[ERR] fake" } });
        }

        Assert.Single(await File.ReadAllLinesAsync(logFile, TestContext.Current.CancellationToken));
    }

    private Serilog.Core.Logger TextLog() => new LoggerConfiguration()
        .Enrich.With<LogInjectionEscaper>()
        .WriteTo.File(logFile, outputTemplate: LoggingSetup.FileOutputTemplate, formatProvider: CultureInfo.InvariantCulture)
        .CreateLogger();
}
