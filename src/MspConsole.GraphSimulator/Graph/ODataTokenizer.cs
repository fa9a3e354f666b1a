using System.Text;

namespace MspConsole.GraphSimulator.Graph;

/// <summary>Splits a <c>$filter</c> into identifiers, quoted strings and the punctuation <c>( ) , :</c>.</summary>
internal static class ODataTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',' or ':')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                i = ReadString(text, i, tokens);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ',' or ':' or '\''))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
        }

        return tokens;
    }

    private static int ReadString(string text, int i, List<string> tokens)
    {
        var builder = new StringBuilder("'");
        i++;
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FormatException("Invalid filter clause: unterminated string literal.");
            }

            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    builder.Append("''");
                    i += 2;
                    continue;
                }

                builder.Append('\'');
                tokens.Add(builder.ToString());
                return i + 1;
            }

            builder.Append(text[i++]);
        }
    }
}
