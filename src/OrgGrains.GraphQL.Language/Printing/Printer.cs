using System.Text;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Prints an AST as canonical GraphQL text, exactly as graphql-js's <c>print()</c> does: two-space
/// indentation, one selection per line, arguments wrapped onto their own lines past 80 columns,
/// descriptions as block strings where they were block strings.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return PrintNode(node);
    }

    private static string PrintNode(AstNode? node) => node switch
    {
        null => string.Empty,
        NameNode name => name.Value,
        VariableNode variable => "$" + variable.Name.Value,
        DocumentNode document => Join(document.Definitions, "\n\n"),
        OperationDefinitionNode operation => PrintOperationDefinition(operation),
        VariableDefinitionNode variableDefinition => Concat(
            Wrap(string.Empty, PrintNode(variableDefinition.Description), "\n"),
            PrintNode(variableDefinition.Variable),
            ": ",
            PrintNode(variableDefinition.Type),
            Wrap(" = ", PrintNode(variableDefinition.DefaultValue)),
            Wrap(" ", Join(variableDefinition.Directives, " "))),
        SelectionSetNode selectionSet => Block(selectionSet.Selections),
        FieldNode field => PrintField(field),
        ArgumentNode argument => argument.Name.Value + ": " + PrintNode(argument.Value),
        FragmentSpreadNode spread => Concat("...", spread.Name.Value, Wrap(" ", Join(spread.Directives, " "))),
        InlineFragmentNode inline => JoinParts(
            " ",
            "...",
            Wrap("on ", PrintNode(inline.TypeCondition)),
            Join(inline.Directives, " "),
            PrintNode(inline.SelectionSet)),
        FragmentDefinitionNode fragment => Concat(
            Wrap(string.Empty, PrintNode(fragment.Description), "\n"),
            "fragment ",
            fragment.Name.Value,
            " on ",
            PrintNode(fragment.TypeCondition),
            " ",
            Wrap(string.Empty, Join(fragment.Directives, " "), " "),
            PrintNode(fragment.SelectionSet)),
        IntValueNode intValue => intValue.Value,
        FloatValueNode floatValue => floatValue.Value,
        StringValueNode stringValue => stringValue.Block ? BlockString.Print(stringValue.Value) : PrintString(stringValue.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values, ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields, ", ") + "}",
        ObjectFieldNode objectField => objectField.Name.Value + ": " + PrintNode(objectField.Value),
        DirectiveNode directive => Concat("@", directive.Name.Value, Wrap("(", Join(directive.Arguments, ", "), ")")),
        NamedTypeNode namedType => namedType.Name.Value,
        ListTypeNode listType => "[" + PrintNode(listType.Type) + "]",
        NonNullTypeNode nonNull => PrintNode(nonNull.Type) + "!",
        SchemaDefinitionNode schema => Concat(
            Wrap(string.Empty, PrintNode(schema.Description), "\n"),
            JoinParts(" ", "schema", Join(schema.Directives, " "), Block(schema.OperationTypes))),
        OperationTypeDefinitionNode operationType => operationType.Operation.ToKeyword() + ": " + PrintNode(operationType.Type),
        ScalarTypeDefinitionNode scalar => Concat(
            Wrap(string.Empty, PrintNode(scalar.Description), "\n"),
            JoinParts(" ", "scalar", scalar.Name.Value, Join(scalar.Directives, " "))),
        ObjectTypeDefinitionNode objectType => Concat(
            Wrap(string.Empty, PrintNode(objectType.Description), "\n"),
            JoinParts(
                " ",
                "type",
                objectType.Name.Value,
                Wrap("implements ", Join(objectType.Interfaces, " & ")),
                Join(objectType.Directives, " "),
                Block(objectType.Fields))),
        FieldDefinitionNode fieldDefinition => Concat(
            Wrap(string.Empty, PrintNode(fieldDefinition.Description), "\n"),
            fieldDefinition.Name.Value,
            PrintArgumentDefinitions(fieldDefinition.Arguments),
            ": ",
            PrintNode(fieldDefinition.Type),
            Wrap(" ", Join(fieldDefinition.Directives, " "))),
        InputValueDefinitionNode inputValue => Concat(
            Wrap(string.Empty, PrintNode(inputValue.Description), "\n"),
            inputValue.Name.Value,
            ": ",
            PrintNode(inputValue.Type),
            Wrap(" = ", PrintNode(inputValue.DefaultValue)),
            Wrap(" ", Join(inputValue.Directives, " "))),
        InterfaceTypeDefinitionNode interfaceType => Concat(
            Wrap(string.Empty, PrintNode(interfaceType.Description), "\n"),
            JoinParts(
                " ",
                "interface",
                interfaceType.Name.Value,
                Wrap("implements ", Join(interfaceType.Interfaces, " & ")),
                Join(interfaceType.Directives, " "),
                Block(interfaceType.Fields))),
        UnionTypeDefinitionNode union => Concat(
            Wrap(string.Empty, PrintNode(union.Description), "\n"),
            JoinParts(" ", "union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | ")))),
        EnumTypeDefinitionNode enumType => Concat(
            Wrap(string.Empty, PrintNode(enumType.Description), "\n"),
            JoinParts(" ", "enum", enumType.Name.Value, Join(enumType.Directives, " "), Block(enumType.Values))),
        EnumValueDefinitionNode enumValue => Concat(
            Wrap(string.Empty, PrintNode(enumValue.Description), "\n"),
            JoinParts(" ", enumValue.Name.Value, Join(enumValue.Directives, " "))),
        InputObjectTypeDefinitionNode input => Concat(
            Wrap(string.Empty, PrintNode(input.Description), "\n"),
            JoinParts(" ", "input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields))),
        DirectiveDefinitionNode directive => Concat(
            Wrap(string.Empty, PrintNode(directive.Description), "\n"),
            "directive @",
            directive.Name.Value,
            PrintArgumentDefinitions(directive.Arguments),
            directive.Repeatable ? " repeatable" : string.Empty,
            " on ",
            Join(directive.Locations, " | ")),
        SchemaExtensionNode schema => JoinParts(" ", "extend schema", Join(schema.Directives, " "), Block(schema.OperationTypes)),
        ScalarTypeExtensionNode scalar => JoinParts(" ", "extend scalar", scalar.Name.Value, Join(scalar.Directives, " ")),
        ObjectTypeExtensionNode objectType => JoinParts(
            " ",
            "extend type",
            objectType.Name.Value,
            Wrap("implements ", Join(objectType.Interfaces, " & ")),
            Join(objectType.Directives, " "),
            Block(objectType.Fields)),
        InterfaceTypeExtensionNode interfaceType => JoinParts(
            " ",
            "extend interface",
            interfaceType.Name.Value,
            Wrap("implements ", Join(interfaceType.Interfaces, " & ")),
            Join(interfaceType.Directives, " "),
            Block(interfaceType.Fields)),
        UnionTypeExtensionNode union => JoinParts(
            " ",
            "extend union",
            union.Name.Value,
            Join(union.Directives, " "),
            Wrap("= ", Join(union.Types, " | "))),
        EnumTypeExtensionNode enumType => JoinParts(" ", "extend enum", enumType.Name.Value, Join(enumType.Directives, " "), Block(enumType.Values)),
        InputObjectTypeExtensionNode input => JoinParts(" ", "extend input", input.Name.Value, Join(input.Directives, " "), Block(input.Fields)),
        TypeCoordinateNode coordinate => coordinate.Name.Value,
        MemberCoordinateNode coordinate => coordinate.Name.Value + "." + coordinate.MemberName.Value,
        ArgumentCoordinateNode coordinate => $"{coordinate.Name.Value}.{coordinate.FieldName.Value}({coordinate.ArgumentName.Value}:)",
        DirectiveCoordinateNode coordinate => "@" + coordinate.Name.Value,
        DirectiveArgumentCoordinateNode coordinate => $"@{coordinate.Name.Value}({coordinate.ArgumentName.Value}:)",
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    private static string PrintOperationDefinition(OperationDefinitionNode node)
    {
        var variableDefinitions = PrintAll(node.VariableDefinitions);
        var varDefs = HasMultilineItems(variableDefinitions)
            ? Wrap("(\n", JoinStrings(variableDefinitions, "\n"), "\n)")
            : Wrap("(", JoinStrings(variableDefinitions, ", "), ")");
        var operation = node.Operation.ToKeyword();
        var prefix = Concat(
            Wrap(string.Empty, PrintNode(node.Description), "\n"),
            JoinParts(" ", operation, Concat(PrintNode(node.Name), varDefs), Join(node.Directives, " ")));

        // Anonymous queries with no directives or variable definitions can use the query shorthand.
        var head = node.Operation == OperationType.Query && prefix.Length == operation.Length ? string.Empty : prefix + " ";
        return head + PrintNode(node.SelectionSet);
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap(string.Empty, PrintNode(node.Alias), ": ") + node.Name.Value;
        var argsLine = prefix;
        if (node.Arguments.Count > 0)
        {
            var arguments = PrintAll(node.Arguments);
            argsLine = prefix + Wrap("(", JoinStrings(arguments, ", "), ")");
            if (argsLine.Length > MaxLineLength)
            {
                argsLine = prefix + Wrap("(\n", Indent(JoinStrings(arguments, "\n")), "\n)");
            }
        }

        return Concat(argsLine, Wrap(" ", Join(node.Directives, " ")), Wrap(" ", PrintNode(node.SelectionSet)));
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(JoinStrings(printed, "\n")), "\n)")
            : Wrap("(", JoinStrings(printed, ", "), ")");
    }

    /// <summary>Prints a string as a StringValue (§2.10.4), escaping control characters, <c>"</c> and <c>\</c>.</summary>
    internal static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : AstNode
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = PrintNode(nodes[i]);
        }

        return printed;
    }

    private static bool HasMultilineItems(string[] items) => items.Any(item => item.Contains('\n'));

    /// <summary>The printed nodes joined by <paramref name="separator"/>, skipping empty ones.</summary>
    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : AstNode => nodes.Count == 0 ? string.Empty : JoinStrings(PrintAll(nodes), separator);

    private static string JoinParts(string separator, params string[] parts) => JoinStrings(parts, separator);

    private static string JoinStrings(string[] parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static string Concat(params string[] parts) => string.Concat(parts);

    /// <summary>Each item on its own line in an indented <c>{ }</c> block; nothing for no items.</summary>
    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : AstNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    /// <summary><paramref name="start"/> + <paramref name="value"/> + <paramref name="end"/> when there is a value, else nothing.</summary>
    private static string Wrap(string start, string value, string end = "") =>
        value.Length == 0 ? string.Empty : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));
}
