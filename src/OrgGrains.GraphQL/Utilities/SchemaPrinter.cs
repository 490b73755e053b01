using System.Text;
using OrgGrains.GraphQL.Introspection;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>
/// Prints a schema as SDL for schema download, exactly as graphql-js's printSchema does: the schema
/// definition when root names are not the defaults, custom directives, then every type except the
/// built-in scalars and introspection types, in type-map order.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(GraphQLSchema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!SpecifiedDirectives.IsSpecified(directive))
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.Types)
        {
            if (!Scalars.IsSpecified(type) && !IntrospectionTypes.IsIntrospectionType(type))
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        var commonNames = schema.QueryType is null or { Name: "Query" } &&
                          schema.MutationType is null or { Name: "Mutation" } &&
                          schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string>();
        if (schema.QueryType is { } query)
        {
            operations.Add("  query: " + query.Name);
        }

        if (schema.MutationType is { } mutation)
        {
            operations.Add("  mutation: " + mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operations.Add("  subscription: " + subscription.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedByUrl(scalar),
        ObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintInterfaces(obj) + PrintFields(obj),
        InterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintInterfaces(iface) + PrintFields(iface),
        UnionType union => PrintDescription(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(enumType.Values.Select((v, i) =>
            PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + PrintBlock(input.Fields.Select((f, i) =>
            PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new InvalidOperationException("Unexpected type: " + type),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArguments(directive.Arguments, "") +
        PrintDeprecated(directive.DeprecationReason) + (directive.IsRepeatable ? " repeatable" : "") +
        " on " + string.Join(" | ", directive.Locations.Select(l => l.ToName()));

    private static string PrintInterfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(ComplexType type) => PrintBlock(type.Fields.Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArguments(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArguments(IReadOnlyList<ArgumentDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        // Without descriptions the arguments fit on one line.
        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(PrintInputValue)) + ")";
        }

        var sb = new StringBuilder("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            sb.Append(PrintDescription(arguments[i].Description, "  " + indentation, i == 0))
              .Append("  ").Append(indentation).Append(PrintInputValue(arguments[i]));
            sb.Append('\n');
        }

        return sb.Append(indentation).Append(')').ToString();
    }

    private static string PrintInputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } ast)
        {
            declaration += " = " + Printer.Print(ast);
        }

        return declaration + PrintDeprecated(value.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => "",
        "No longer supported" => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValueNode { Value = reason }) + ")",
    };

    private static string PrintSpecifiedByUrl(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + Printer.Print(new StringValueNode { Value = scalar.SpecifiedByUrl }) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var block = Printer.Print(new StringValueNode { Value = description, Block = BlockString.IsPrintableAsBlockString(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
