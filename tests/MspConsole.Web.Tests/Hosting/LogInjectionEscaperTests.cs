using System.Globalization;
using MspConsole.Web.Hosting;
using Serilog;

namespace MspConsole.Web.Tests.Hosting;

/// <summary>Graph data cannot forge lines in the text log.</summary>
public sealed class LogInjectionEscaperTests
{
    [Fact]
    public void UpnWithANewline_StaysOnItsOwnLine_InTheTextLog()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var logger = new LoggerConfiguration()
            .Enrich.With<LogInjectionEscaper>()
            .WriteTo.TextWriter(output, outputTemplate: LoggingSetup.FileOutputTemplate, formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger())
        {
            logger.Information("Audited {Action} on {Target}", "RemoveMethod", "jan@contoso.be\n2026-12-06T10:00:00.0000000+00:00 [WRN] Admin password reset by attacker\r\u2028x\u0007");
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains(@"jan@contoso.be\n2026-12-06T10:00:00.0000000+00:00 [WRN] Admin password reset by attacker\r\u2028x\u0007", line, StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredValueWithANewline_IsEscapedToo()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var logger = new LoggerConfiguration()
            .Enrich.With<LogInjectionEscaper>()
            .WriteTo.TextWriter(output, outputTemplate: LoggingSetup.FileOutputTemplate, formatProvider: CultureInfo.InvariantCulture)
            .CreateLogger())
        {
            logger.Information("Users {@Users}", new[] { new { Upn = "a@b.be\n[ERR] fake" } });
        }

        Assert.Single(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
