using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgGrains.Server.Scim;

/// <summary>A parsed SCIM filter (RFC 7644 §3.4.2.2), evaluated against a resource's JSON:
/// <c>eq ne co sw ew gt ge lt le pr</c>, <c>and</c>, <c>or</c>, <c>not (…)</c>, grouping and value
/// paths (<c>emails[type eq "work"].value</c>). Strings compare case-insensitively (caseExact is
/// false for the attributes served here, RFC 7643 §4.1).</summary>
internal abstract class ScimFilter
{
    public abstract bool Matches(JsonObject resource);

    public static ScimFilter Parse(string text)
    {
        var parser = new Parser(text);
        var filter = parser.Or();
        if (!parser.AtEnd)
            throw ScimError.InvalidFilter($"Unexpected '{parser.Rest}' in filter.");
        return filter;
    }

    /// <summary>The user name a filter of exactly <c>userName eq "…"</c> asks for (the lookup Okta
    /// and Entra ID make before every create), answered from the user-name grain.</summary>
    public string? UserNameEquals() =>
        Equality() is var (attribute, value) && attribute.Equals("userName", StringComparison.OrdinalIgnoreCase) ? value : null;

    /// <summary>The attribute and string of a filter of exactly <c>attr eq "value"</c>.</summary>
    public (string Attribute, string Value)? Equality() =>
        this is Comparison { Operator: "eq", Path: { Schema: null, ValueFilter: null, SubAttribute: null } path, Value: JsonValue v }
        && v.TryGetValue<string>(out var s) ? (path.Attribute, s) : null;

    private sealed class And(ScimFilter left, ScimFilter right) : ScimFilter
    {
        public override bool Matches(JsonObject r) => left.Matches(r) && right.Matches(r);
    }

    private sealed class Or(ScimFilter left, ScimFilter right) : ScimFilter
    {
        public override bool Matches(JsonObject r) => left.Matches(r) || right.Matches(r);
    }

    private sealed class Not(ScimFilter inner) : ScimFilter
    {
        public override bool Matches(JsonObject r) => !inner.Matches(r);
    }

    /// <summary><c>emails[type eq "work" and value co "@x"]</c>: some element matches.</summary>
    private sealed class ValuePath(ScimPath path, ScimFilter inner) : ScimFilter
    {
        public override bool Matches(JsonObject r) => (path with { ValueFilter = inner }).Select(r).Any(v => v is not null);
    }

    private sealed class Comparison(ScimPath path, string op, JsonNode? value) : ScimFilter
    {
        public ScimPath Path => path;
        public string Operator => op;
        public JsonNode? Value => value;

        public override bool Matches(JsonObject r) =>
            op == "pr" ? path.Select(r).Any(Present) : path.Select(r).Any(Compare);

        private static bool Present(JsonNode? v) => v switch
        {
            null => false,
            JsonValue s when s.TryGetValue<string>(out var text) => text.Length > 0,
            JsonArray a => a.Count > 0,
            _ => true,
        };

        private bool Compare(JsonNode? actual)
        {
            if (actual is JsonObject complex && ScimJson.Member(complex, "value") is { } inner)
                actual = inner; // "members eq "x"" compares the element's value (RFC 7643 §2.4)
            if (value is null)
                return op == "eq" ? actual is null : op == "ne" && actual is not null;
            if (actual is not JsonValue a)
                return op == "ne";
            if (ScimJson.Boolean(value) is { } wantBool && a.GetValueKind() is JsonValueKind.True or JsonValueKind.False or JsonValueKind.String)
                return ScimJson.Boolean(a) is { } isBool ? Ordered(isBool.CompareTo(wantBool)) : op == "ne";
            if (value.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number)
                return Ordered(a.GetValue<decimal>().CompareTo(value.GetValue<decimal>()));
            string have = a.ToString(), want = value.ToString();
            return op switch
            {
                "co" => have.Contains(want, StringComparison.OrdinalIgnoreCase),
                "sw" => have.StartsWith(want, StringComparison.OrdinalIgnoreCase),
                "ew" => have.EndsWith(want, StringComparison.OrdinalIgnoreCase),
                _ => Ordered(string.Compare(have, want, StringComparison.OrdinalIgnoreCase)),
            };
        }

        private bool Ordered(int c) => op switch
        {
            "eq" => c == 0,
            "ne" => c != 0,
            "gt" => c > 0,
            "ge" => c >= 0,
            "lt" => c < 0,
            "le" => c <= 0,
            _ => false, // co/sw/ew on booleans and numbers
        };
    }

    /// <summary>Recursive descent over the §3.4.2.2 grammar; "and" binds tighter than "or".</summary>
    private sealed class Parser(string text)
    {
        private static readonly string[] Operators = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le"];
        private int _at;

        public bool AtEnd { get { Skip(); return _at >= text.Length; } }
        public string Rest => text[_at..];

        public ScimFilter Or()
        {
            var left = And();
            while (Keyword("or"))
                left = new Or(left, And());
            return left;
        }

        private ScimFilter And()
        {
            var left = Unary();
            while (Keyword("and"))
                left = new And(left, Unary());
            return left;
        }

        private ScimFilter Unary()
        {
            if (Keyword("not"))
            {
                Expect('(');
                var inner = Or();
                Expect(')');
                return new Not(inner);
            }
            if (Take('('))
            {
                var inner = Or();
                Expect(')');
                return inner;
            }
            string attr = Word() ?? throw ScimError.InvalidFilter($"An attribute path was expected at '{Rest}'.");
            if (Take('['))
            {
                var inner = Or();
                Expect(']');
                var path = ScimPath.Parse(attr);
                if (_at < text.Length && text[_at] == '.')
                {
                    _at++;
                    string sub = Word() ?? throw ScimError.InvalidFilter("A sub-attribute was expected after ']'.");
                    return Compare(path with { ValueFilter = inner, SubAttribute = sub });
                }
                return new ValuePath(path, inner);
            }
            return Compare(ScimPath.Parse(attr));
        }

        private Comparison Compare(ScimPath path)
        {
            string op = (Word() ?? "").ToLowerInvariant();
            if (op == "pr")
                return new Comparison(path, op, null);
            if (!Operators.Contains(op))
                throw ScimError.InvalidFilter($"'{op}' is not a SCIM filter operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr).");
            return new Comparison(path, op, Value());
        }

        private JsonNode? Value()
        {
            Skip();
            if (_at < text.Length && text[_at] == '"')
            {
                int start = _at++;
                while (_at < text.Length && text[_at] != '"')
                    _at += text[_at] == '\\' ? 2 : 1;
                if (_at >= text.Length)
                    throw ScimError.InvalidFilter("A string in the filter is not closed.");
                _at++;
                return JsonNode.Parse(text[start.._at]);
            }
            string word = Word() ?? throw ScimError.InvalidFilter("A value was expected.");
            return word.ToLowerInvariant() switch
            {
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                "null" => null,
                _ when decimal.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
                _ => throw ScimError.InvalidFilter($"'{word}' is not a filter value (a quoted string, true, false, null or a number)."),
            };
        }

        private bool Keyword(string word)
        {
            Skip();
            int end = _at + word.Length;
            if (end < text.Length && string.Compare(text, _at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0 && text[end] is ' ' or '(')
            {
                _at = end;
                return true;
            }
            return false;
        }

        private string? Word()
        {
            Skip();
            int start = _at;
            while (_at < text.Length && !char.IsWhiteSpace(text[_at]) && text[_at] is not ('(' or ')' or '[' or ']' or '"'))
                _at++;
            return _at > start ? text[start.._at] : null;
        }

        private bool Take(char c)
        {
            Skip();
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }
            return false;
        }

        private void Expect(char c)
        {
            if (!Take(c))
                throw ScimError.InvalidFilter($"'{c}' was expected at '{Rest}'.");
        }

        private void Skip()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
                _at++;
        }
    }
}
