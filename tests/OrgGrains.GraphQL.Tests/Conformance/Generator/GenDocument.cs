using System.Globalization;
using System.Text;

namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

// The generator's own executable-document tree: mutable, so DocumentMutator can break a valid
// document in place, and printable in two layouts (one line, or indented over many lines) so that
// error locations are compared on both short and long documents.

internal abstract class GenValue
{
    public abstract void Print(StringBuilder text);
}

internal sealed class GenLiteral(string text) : GenValue
{
    public string Text { get; } = text;
    public override void Print(StringBuilder text) => text.Append(Text);

    public static GenLiteral Int(long value) => new(value.ToString(CultureInfo.InvariantCulture));
    public static GenLiteral Float(string text) => new(text);
    public static GenLiteral Boolean(bool value) => new(value ? "true" : "false");
    public static GenLiteral Null { get; } = new("null");
    public static GenLiteral Enum(string name) => new(name);
    public static GenLiteral String(string value, bool block = false) => new(block ? $"\"\"\"{value}\"\"\"" : Quote(value));

    /// <summary>A GraphQL string literal: escapes for quote, backslash and control characters (spec §2.9.4).</summary>
    public static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                case < ' ': quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}

internal sealed class GenVariable(string name) : GenValue
{
    public string Name { get; set; } = name;
    public override void Print(StringBuilder text) => text.Append('$').Append(Name);
}

internal sealed class GenList(List<GenValue> items) : GenValue
{
    public List<GenValue> Items { get; } = items;

    public override void Print(StringBuilder text)
    {
        text.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0) text.Append(", ");
            Items[i].Print(text);
        }
        text.Append(']');
    }
}

internal sealed class GenObject(List<GenArgument> fields) : GenValue
{
    public List<GenArgument> Fields { get; } = fields;

    public override void Print(StringBuilder text)
    {
        text.Append('{');
        for (var i = 0; i < Fields.Count; i++)
        {
            text.Append(i > 0 ? ", " : " ");
            Fields[i].Print(text);
        }
        text.Append(Fields.Count > 0 ? " }" : "}");
    }
}

internal sealed class GenArgument(string name, GenValue value)
{
    public string Name { get; set; } = name;
    public GenValue Value { get; set; } = value;

    public void Print(StringBuilder text)
    {
        text.Append(Name).Append(": ");
        Value.Print(text);
    }
}

internal sealed class GenDirective(string name, List<GenArgument> args)
{
    public string Name { get; set; } = name;
    public List<GenArgument> Args { get; } = args;

    public void Print(StringBuilder text)
    {
        text.Append(" @").Append(Name);
        GenDocument.PrintArguments(text, Args);
    }
}

internal abstract class GenSelection
{
    public List<GenDirective> Directives { get; } = [];
}

internal sealed class GenField(string name) : GenSelection
{
    public string? Alias { get; set; }
    public string Name { get; set; } = name;
    public List<GenArgument> Args { get; } = [];
    public List<GenSelection>? Selections { get; set; }
    public string ResponseKey => Alias ?? Name;
}

internal sealed class GenInlineFragment(string? typeCondition, List<GenSelection> selections) : GenSelection
{
    public string? TypeCondition { get; set; } = typeCondition;
    public List<GenSelection> Selections { get; } = selections;
}

internal sealed class GenFragmentSpread(string name) : GenSelection
{
    public string Name { get; set; } = name;
}

internal sealed class GenVariableDefinition(string name, string type)
{
    public string Name { get; set; } = name;
    public string Type { get; set; } = type;
    public GenValue? DefaultValue { get; set; }
}

internal sealed class GenOperation(string kind, string? name)
{
    public string Kind { get; set; } = kind;
    public string? Name { get; set; } = name;
    public List<GenVariableDefinition> Variables { get; } = [];
    public List<GenDirective> Directives { get; } = [];
    public List<GenSelection> Selections { get; } = [];
}

internal sealed class GenFragment(string name, string typeCondition)
{
    public string Name { get; set; } = name;
    public string TypeCondition { get; set; } = typeCondition;
    public List<GenSelection> Selections { get; } = [];
}

internal sealed class GenDocument
{
    public List<GenOperation> Operations { get; } = [];
    public List<GenFragment> Fragments { get; } = [];

    /// <summary>Print over many indented lines (else on one line).</summary>
    public bool Pretty { get; set; }

    /// <summary>Print with ignored tokens (§2.1.7): commas between selections and comments.</summary>
    public bool Noisy { get; set; }

    /// <summary>Print fragment definitions before the operations (both orders are valid, §2.2).</summary>
    public bool FragmentsFirst { get; set; }

    public GenFragment? Fragment(string name) => Fragments.Find(f => f.Name == name);

    public string Print()
    {
        var text = new StringBuilder();
        if (FragmentsFirst) PrintFragments(text);
        foreach (var op in Operations)
        {
            Separate(text);
            var shorthand = op.Kind == "query" && op.Name is null && op.Variables.Count == 0 && op.Directives.Count == 0;
            if (!shorthand)
            {
                text.Append(op.Kind);
                if (op.Name is not null) text.Append(' ').Append(op.Name);
                if (op.Variables.Count > 0)
                {
                    text.Append('(');
                    for (var i = 0; i < op.Variables.Count; i++)
                    {
                        if (i > 0) text.Append(", ");
                        var v = op.Variables[i];
                        text.Append('$').Append(v.Name).Append(": ").Append(v.Type);
                        if (v.DefaultValue is not null)
                        {
                            text.Append(" = ");
                            v.DefaultValue.Print(text);
                        }
                    }
                    text.Append(')');
                }
                foreach (var d in op.Directives) d.Print(text);
                text.Append(' ');
            }
            PrintSelections(text, op.Selections, 0);
        }
        if (!FragmentsFirst) PrintFragments(text);
        return text.ToString();
    }

    private void PrintFragments(StringBuilder text)
    {
        foreach (var fragment in Fragments)
        {
            Separate(text);
            text.Append("fragment ").Append(fragment.Name).Append(" on ").Append(fragment.TypeCondition).Append(' ');
            PrintSelections(text, fragment.Selections, 0);
        }
    }

    private void Separate(StringBuilder text)
    {
        if (text.Length > 0) text.Append(Pretty ? "\n\n" : " ");
    }

    private void PrintSelections(StringBuilder text, List<GenSelection> selections, int depth)
    {
        text.Append('{');
        if (Noisy) text.Append(" # selections ✓ \"quoted\" {\n");
        foreach (var selection in selections)
        {
            if (Noisy && selection != selections[0]) text.Append(',');
            if (Pretty) text.Append('\n').Append(' ', (depth + 1) * 2);
            else text.Append(' ');
            switch (selection)
            {
                case GenField field:
                    if (field.Alias is not null) text.Append(field.Alias).Append(": ");
                    text.Append(field.Name);
                    PrintArguments(text, field.Args);
                    foreach (var d in field.Directives) d.Print(text);
                    if (field.Selections is not null)
                    {
                        text.Append(' ');
                        PrintSelections(text, field.Selections, depth + 1);
                    }
                    break;
                case GenInlineFragment inline:
                    text.Append("...");
                    if (inline.TypeCondition is not null) text.Append(" on ").Append(inline.TypeCondition);
                    foreach (var d in inline.Directives) d.Print(text);
                    text.Append(' ');
                    PrintSelections(text, inline.Selections, depth + 1);
                    break;
                case GenFragmentSpread spread:
                    text.Append("...").Append(spread.Name);
                    foreach (var d in spread.Directives) d.Print(text);
                    break;
            }
        }
        if (Pretty) text.Append('\n').Append(' ', depth * 2);
        else text.Append(' ');
        text.Append('}');
    }

    public static void PrintArguments(StringBuilder text, List<GenArgument> args)
    {
        if (args.Count == 0) return;
        text.Append('(');
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) text.Append(", ");
            args[i].Print(text);
        }
        text.Append(')');
    }

    /// <summary>Every field in the document, with the selection list that holds it.</summary>
    public IEnumerable<(GenField Field, List<GenSelection> Parent)> AllFields()
    {
        foreach (var op in Operations)
            foreach (var item in FieldsIn(op.Selections)) yield return item;
        foreach (var fragment in Fragments)
            foreach (var item in FieldsIn(fragment.Selections)) yield return item;
    }

    /// <summary>Every selection list in the document (operation, fragment, field and inline-fragment bodies).</summary>
    public IEnumerable<List<GenSelection>> AllSelectionSets()
    {
        foreach (var op in Operations)
            foreach (var set in SetsIn(op.Selections)) yield return set;
        foreach (var fragment in Fragments)
            foreach (var set in SetsIn(fragment.Selections)) yield return set;
    }

    private static IEnumerable<List<GenSelection>> SetsIn(List<GenSelection> selections)
    {
        yield return selections;
        foreach (var selection in selections)
        {
            var inner = selection switch
            {
                GenField f => f.Selections,
                GenInlineFragment i => i.Selections,
                _ => null,
            };
            if (inner is null) continue;
            foreach (var set in SetsIn(inner)) yield return set;
        }
    }

    private static IEnumerable<(GenField, List<GenSelection>)> FieldsIn(List<GenSelection> selections)
    {
        foreach (var selection in selections.ToList())
        {
            if (selection is GenField field)
            {
                yield return (field, selections);
                if (field.Selections is not null)
                    foreach (var item in FieldsIn(field.Selections)) yield return item;
            }
            else if (selection is GenInlineFragment inline)
            {
                foreach (var item in FieldsIn(inline.Selections)) yield return item;
            }
        }
    }
}
