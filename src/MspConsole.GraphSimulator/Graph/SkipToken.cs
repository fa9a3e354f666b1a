using System.Buffers.Text;
using System.Text.Json;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>The opaque <c>$skiptoken</c>: last key served (or, under <c>$orderby</c>, the number of rows served), plus the
/// query it continues (so nextLink carries nothing else).</summary>
internal sealed record SkipToken(string AfterKey, string? Filter, int PageSize, string? Select, string? OrderBy = null)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static SkipToken? Decode(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<SkipToken>(Base64Url.DecodeFromChars(text));
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    public static string Escape(string token) => Uri.EscapeDataString(token);

}
