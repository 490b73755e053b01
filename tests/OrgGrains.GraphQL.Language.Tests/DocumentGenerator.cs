using System.Text;

namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>
/// Writes random but grammatical GraphQL documents from a seed: every kind of definition and
/// extension, descriptions, block strings, escapes, nested values and types, odd spacing,
/// commas and comments, and names that are keywords elsewhere.
/// </summary>
internal sealed class DocumentGenerator(int seed)
{
    private static readonly string[] Names = ["a", "b", "pod", "on", "query", "true", "type", "extend", "schema", "_x1", "Foo", "FIELD"];
    private static readonly string[] Spaces = [" ", " ", "\n", ",", "\t", " # comment\n", "\r\n"];
    private static readonly string[] Strings =
    [
        "\"s\"", "\"with \\\"escapes\\\" \\u00e9 \\u{1F600} \\n\"", "\"\"", "\"\"\"block\"\"\"",
        "\"\"\"\n   multi\n     line\n\"\"\"", "\"\"\"  lead\"\"\"", "\"\"\"has \\\"\"\" quotes\"\"\"",
        "\"" + new string('y', 85) + "\"",
    ];

    private readonly Random _random = new(seed);

    public string Document()
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Definition(first: i == 0)).Append(Space());
        }

        return builder.ToString();
    }

    // A shorthand query only leads: after a definition whose body is optional (`type T`,
    // `extend schema @d`) its `{` would be read as that body.
    private string Definition(bool first) => _random.Next(first ? 0 : 1, 16) switch
    {
        0 => SelectionSet(0),
        <= 3 => Description() + Pick("query", "mutation", "subscription") + Maybe(0.7, () => " " + Name()) + VariableDefinitions() + Directives(false) + " " + SelectionSet(0),
        4 => Description() + "fragment " + Pick("a", "b", "Foo") + " on " + Name() + Directives(false) + " " + SelectionSet(0),
        5 => Description() + "schema" + Directives(true) + " {" + Repeat(1, 3, " ", () => Pick("query", "mutation", "subscription") + ": " + Name()) + "}",
        6 => Description() + "scalar " + Name() + Directives(true),
        7 => Description() + "type " + Name() + Implements() + Directives(true) + Maybe(0.8, () => " " + FieldsDefinition()),
        8 => Description() + "interface " + Name() + Implements() + Directives(true) + Maybe(0.8, () => " " + FieldsDefinition()),
        9 => Description() + "union " + Name() + Directives(true) + Maybe(0.8, () => " = " + Pick("", "| ") + Repeat(1, 3, " | ", Name)),
        10 => Description() + "enum " + Name() + Directives(true) + Maybe(0.8, () => " {" + Repeat(1, 3, " ", () => Description() + Pick("A", "B", "on", "query") + Directives(true)) + "}"),
        11 => Description() + "input " + Name() + Directives(true) + Maybe(0.8, () => " {" + Repeat(1, 3, " ", InputValueDefinition) + "}"),
        12 => Description() + "directive @" + Name() + Maybe(0.5, () => "(" + Repeat(1, 2, " ", InputValueDefinition) + ")")
            + Maybe(0.3, () => " repeatable") + " on " + Pick("", "| ") + Repeat(1, 3, " | ", () => Pick("FIELD", "QUERY", "OBJECT", "VARIABLE_DEFINITION", "ENUM_VALUE")),
        13 => "extend type " + Name() + " implements " + Name() + Directives(true) + Maybe(0.5, () => " " + FieldsDefinition()),
        14 => "extend " + Pick("scalar ", "union ", "enum ", "input ", "interface ") + Name() + " @" + Name(),
        _ => "extend schema @" + Name() + Maybe(0.5, () => " { query: Q }"),
    };

    private string SelectionSet(int depth) =>
        "{" + Space() + Repeat(1, 4, Space(), () => Selection(depth)) + Space() + "}";

    private string Selection(int depth)
    {
        var roll = _random.NextDouble();
        if (roll < 0.6 || depth > 3)
        {
            return Maybe(0.2, () => Name() + ":" + Space()) + Name() + Arguments(false) + Directives(false)
                + (depth <= 3 ? Maybe(0.3, () => " " + SelectionSet(depth + 1)) : string.Empty);
        }

        return roll < 0.8
            ? "..." + Pick("a", "b", "Foo", "query") + Directives(false)
            : "..." + Maybe(0.6, () => " on " + Name()) + Directives(false) + " " + SelectionSet(depth + 1);
    }

    private string VariableDefinitions() => Maybe(0.5, () => "(" + Repeat(1, 3, Space(), () =>
        Description() + "$" + Name() + ": " + Type(0) + Maybe(0.3, () => " = " + Value(true, 0)) + Directives(true)) + ")");

    private string FieldsDefinition() => "{" + Repeat(1, 3, Space(), () =>
        Description() + Name() + Maybe(0.4, () => "(" + Repeat(1, 3, Space(), InputValueDefinition) + ")") + ": " + Type(0) + Directives(true)) + "}";

    private string InputValueDefinition() =>
        Description() + Name() + ": " + Type(0) + Maybe(0.3, () => " = " + Value(true, 0)) + Directives(true);

    private string Implements() => Maybe(0.4, () => " implements " + Pick("", "& ") + Repeat(1, 3, " & ", Name));

    private string Arguments(bool isConst) => Maybe(0.5, () => "(" + Repeat(1, 4, Space(), () => Name() + ": " + Value(isConst, 0)) + ")");

    private string Directives(bool isConst) => Repeat(0, 2, string.Empty, () => " @" + Name() + Arguments(isConst));

    private string Value(bool isConst, int depth) => _random.Next(depth < 3 ? 10 : 7) switch
    {
        0 when !isConst => "$" + Name(),
        0 or 1 => Pick("0", "-1", "123", "1.5", "-0.0e10", "2E-3"),
        2 => Pick(Strings),
        3 => Pick("true", "false", "null"),
        4 or 5 or 6 => Pick("ENUM", "B", "on", "query"),
        7 or 8 => "[" + Repeat(0, 3, Space(), () => Value(isConst, depth + 1)) + "]",
        _ => "{" + Repeat(0, 3, Space(), () => Name() + ":" + Space() + Value(isConst, depth + 1)) + "}",
    };

    private string Type(int depth) =>
        (depth > 2 || _random.NextDouble() < 0.6 ? Name() : "[" + Type(depth + 1) + "]") + Maybe(0.4, () => "!");

    private string Description() => Maybe(0.3, () => Pick(Strings) + Space());

    private string Name() => Pick(Names);

    private string Space() => Pick(Spaces);

    private string Pick(params string[] choices) => choices[_random.Next(choices.Length)];

    private string Maybe(double probability, Func<string> text) => _random.NextDouble() < probability ? text() : string.Empty;

    private string Repeat(int min, int max, string separator, Func<string> item) =>
        string.Join(separator, Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => item()));
}
