using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace MspConsole.Web.Hosting;

/// <summary>
/// Escapes line breaks and other control characters in every text property (UPNs and names come from customer
/// tenants' Graph data, which anyone in those tenants can set), so a value cannot start a forged line in the text log.
/// </summary>
public sealed class LogInjectionEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var escaped = Escape(value);
            if (!ReferenceEquals(escaped, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, escaped));
            }
        }
    }

    private static LogEventPropertyValue Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when text.Any(NeedsEscaping) => new ScalarValue(EscapeText(text)),
        SequenceValue sequence when sequence.Elements.Any(e => !ReferenceEquals(Escape(e), e)) => new SequenceValue(sequence.Elements.Select(Escape)),
        StructureValue structure when structure.Properties.Any(p => !ReferenceEquals(Escape(p.Value), p.Value)) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value))), structure.TypeTag),
        _ => value,
    };

    private static bool NeedsEscaping(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static string EscapeText(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscaping(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
