namespace MspConsole.GraphSimulator.Graph;

/// <summary>
/// A small OData <c>$filter</c> parser: <c>p eq/ne 'x'|true|false</c>, <c>startsWith(p,'x')</c>,
/// <c>p/any(m: m eq 'x')</c>, <c>and</c>, <c>or</c>, <c>not</c>, parentheses. Strings compare case-insensitively, as Graph does.
/// Properties are resolved by <paramref name="read"/>: string, bool or a string list; null for an unknown name.
/// </summary>
internal sealed class ODataFilter<T>
{
    private readonly List<string> tokens;
    private readonly Func<T, string, object?> read;
    private readonly ISet<string> known;
    private int position;

    private ODataFilter(string text, Func<T, string, object?> read, ISet<string> known)
    {
        tokens = ODataTokenizer.Tokenize(text);
        this.read = read;
        this.known = known;
    }

    /// <summary>Parses the filter; throws <see cref="FormatException"/> with Graph-like text when it is invalid or unsupported.</summary>
    public static Func<T, bool> Parse(string text, Func<T, string, object?> read, ISet<string> known)
    {
        var parser = new ODataFilter<T>(text, read, known);
        var predicate = parser.Or();
        if (parser.position != parser.tokens.Count)
        {
            throw new FormatException($"Invalid filter clause: unexpected '{parser.tokens[parser.position]}'.");
        }

        return predicate;
    }

    private string? Peek => position < tokens.Count ? tokens[position] : null;

    private string Next() => position < tokens.Count ? tokens[position++] : throw new FormatException("Invalid filter clause: unexpected end.");

    private void Expect(string token)
    {
        if (!string.Equals(Next(), token, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Invalid filter clause: expected '{token}'.");
        }
    }

    private bool Accept(string token)
    {
        if (!string.Equals(Peek, token, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        position++;
        return true;
    }

    private Func<T, bool> Or()
    {
        var left = And();
        while (Accept("or"))
        {
            var (l, r) = (left, And());
            left = x => l(x) || r(x);
        }

        return left;
    }

    private Func<T, bool> And()
    {
        var left = Unary();
        while (Accept("and"))
        {
            var (l, r) = (left, Unary());
            left = x => l(x) && r(x);
        }

        return left;
    }

    private Func<T, bool> Unary()
    {
        if (Accept("not"))
        {
            var inner = Unary();
            return x => !inner(x);
        }

        if (Accept("("))
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        var name = Next();
        if (string.Equals(name, "startsWith", StringComparison.OrdinalIgnoreCase))
        {
            Expect("(");
            var property = Property(Next());
            Expect(",");
            var prefix = StringLiteral(Next());
            Expect(")");
            return x => read(x, property) is string s && s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        }

        if (name.EndsWith("/any", StringComparison.OrdinalIgnoreCase))
        {
            return Any(Property(name[..^4]));
        }

        return Comparison(Property(name));
    }

    private Func<T, bool> Any(string property)
    {
        Expect("(");
        var variable = Next();
        Expect(":");
        Expect(variable);
        Expect("eq");
        var value = StringLiteral(Next());
        Expect(")");
        return x => read(x, property) is IEnumerable<string> list && list.Contains(value, StringComparer.OrdinalIgnoreCase);
    }

    private Func<T, bool> Comparison(string property)
    {
        var op = Next().ToUpperInvariant();
        if (op is not ("EQ" or "NE"))
        {
            throw new FormatException($"Invalid filter clause: operator '{op}' is not supported.");
        }

        var literal = Next();
        Func<T, bool> equals;
        if (literal is "true" or "false")
        {
            var flag = literal == "true";
            equals = x => read(x, property) is bool b && b == flag;
        }
        else if (literal == "null")
        {
            equals = x => read(x, property) is null;
        }
        else
        {
            var text = StringLiteral(literal);
            equals = x => read(x, property) is string s && string.Equals(s, text, StringComparison.OrdinalIgnoreCase);
        }

        return op == "EQ" ? equals : x => !equals(x);
    }

    private string Property(string name) =>
        known.Contains(name) ? name : throw new FormatException($"Invalid filter clause: Could not find a property named '{name}' on type 'microsoft.graph.userRegistrationDetails'.");

    private static string StringLiteral(string token) =>
        token.Length >= 2 && token[0] == '\'' && token[^1] == '\''
            ? token[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : throw new FormatException($"Invalid filter clause: expected a string literal, found '{token}'.");
}
