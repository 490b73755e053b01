using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Types;

/// <summary>
/// §3 Schema validation (graphql-js's validateSchema): root types, directives, names, fields and
/// arguments, interface implementation (§3.6.3, §3.7.2), unions (§3.8.1), enums (§3.9.1), input
/// objects (§3.10.1, OneOf, non-null cycles). Every message names the type and field at fault.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        var errors = new List<GraphQLError>();
        void Report(string message, params AstNode?[] nodes) => errors.Add(new GraphQLError(message, Locations.Of(nodes)));

        if (schema.QueryType is null)
        {
            Report("Query root type must be provided.", schema.AstNode);
        }

        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode, Report);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode, Report);
                if (!TypePredicates.IsInputType(arg.Type))
                {
                    Report($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode?.Type);
                }

                if (TypePredicates.IsRequiredArgument(arg) && arg.IsDeprecated)
                {
                    Report($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.", DeprecatedNode(arg.AstNode), arg.AstNode?.Type);
                }
            }
        }

        var cycles = new InputCycleDetector(Report);
        foreach (var type in schema.Types)
        {
            // Introspection types are the only ones allowed a "__" name.
            if (BuiltIns.Instance.GetType(type.Name) != type)
            {
                ValidateName(type.Name, type.AstNode, Report);
            }

            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, Report);
                    ValidateInterfaces(schema, complex, Report);
                    break;
                case UnionType union:
                    ValidateUnion(union, Report);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        Report($"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]);
                    }

                    foreach (var value in enumType.Values)
                    {
                        ValidateName(value.Name, value.AstNode, Report);
                    }

                    break;
                case InputObjectType input:
                    ValidateInputFields(input, Report);
                    cycles.Detect(input);
                    break;
            }
        }

        return errors;
    }

    private delegate void Reporter(string message, params AstNode?[] nodes);

    private static void ValidateName(string name, AstNode? node, Reporter report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateFields(ComplexType type, Reporter report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!TypePredicates.IsOutputType(field.Type))
            {
                report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, arg.AstNode, report);
                if (!TypePredicates.IsInputType(arg.Type))
                {
                    report($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode?.Type);
                }

                if (TypePredicates.IsRequiredArgument(arg) && arg.IsDeprecated)
                {
                    report($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.", DeprecatedNode(arg.AstNode), arg.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(GraphQLSchema schema, ComplexType type, Reporter report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
                continue;
            }

            if (!seen.Add(iface.Name))
            {
                report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }

            // §3.7.2 Interfaces implemented by an implemented interface must be implemented too.
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    report(
                        ReferenceEquals(transitive, type)
                            ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                            : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                        [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
                }
            }

            ValidateImplementsInterface(schema, type, iface, report);
        }
    }

    /// <summary>§3.6.3 IsValidImplementation.</summary>
    private static void ValidateImplementsInterface(GraphQLSchema schema, ComplexType type, InterfaceType iface, Reporter report)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                report($"Interface field {iface.Name}.{ifaceField.Name} expected but {type.Name} does not provide it.", [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]);
                continue;
            }

            if (!TypePredicates.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                report(
                    $"Interface field {iface.Name}.{ifaceField.Name} expects type {ifaceField.Type} but {type.Name}.{ifaceField.Name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.Arguments[ifaceArg.Name];
                if (typeArg is null)
                {
                    report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type.Name}.{ifaceField.Name} does not provide it.",
                        ifaceArg.AstNode, typeField.AstNode);
                    continue;
                }

                if (!TypePredicates.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    report(
                        $"Interface field argument {iface.Name}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{ifaceField.Name}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type, typeArg.AstNode?.Type);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (ifaceField.Arguments[typeArg.Name] is null && TypePredicates.IsRequiredArgument(typeArg))
                {
                    report(
                        $"Object field {type.Name}.{ifaceField.Name} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{ifaceField.Name}.",
                        typeArg.AstNode, ifaceField.AstNode);
                }
            }
        }
    }

    private static void ValidateUnion(UnionType union, Reporter report)
    {
        if (union.Types.Count == 0)
        {
            report($"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
            }
        }
    }

    private static void ValidateInputFields(InputObjectType input, Reporter report)
    {
        if (input.Fields.Count == 0)
        {
            report($"Input Object type {input.Name} must define one or more fields.", [input.AstNode, .. input.ExtensionAstNodes]);
        }

        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!TypePredicates.IsInputType(field.Type))
            {
                report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.Type is NonNullType && !field.HasDefaultValue && field.IsDeprecated)
            {
                report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedNode(field.AstNode), field.AstNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    /// <summary>§3.10.1 An input object must not reference itself through non-null fields only.</summary>
    private sealed class InputCycleDetector(Reporter report)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputFieldDefinition> _path = [];
        private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndex[input.Name] = _path.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _path.Add(field);
                    if (_pathIndex.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        var cycle = _path.Skip(cycleIndex).ToList();
                        report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                            cycle.Select(f => (AstNode?)f.AstNode).ToArray());
                    }
                    else
                    {
                        Detect(fieldType);
                    }

                    _path.RemoveAt(_path.Count - 1);
                }
            }

            _pathIndex.Remove(input.Name);
        }
    }

    private static AstNode?[] ImplementsNodes(NamedType type, InterfaceType iface)
    {
        IEnumerable<AstNode> nodes = [];
        if (type.AstNode is not null)
        {
            nodes = nodes.Append(type.AstNode);
        }

        return nodes.Concat(type.ExtensionAstNodes)
            .SelectMany(n => n switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                ObjectTypeExtensionNode oe => oe.Interfaces,
                InterfaceTypeExtensionNode ie => ie.Interfaces,
                _ => [],
            })
            .Where(n => n.Name.Value == iface.Name)
            .ToArray<AstNode?>();
    }

    private static AstNode?[] UnionMemberNodes(UnionType union, string typeName)
    {
        IEnumerable<AstNode> nodes = [];
        if (union.AstNode is not null)
        {
            nodes = nodes.Append(union.AstNode);
        }

        return nodes.Concat(union.ExtensionAstNodes)
            .SelectMany(n => n switch
            {
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode ue => ue.Types,
                _ => [],
            })
            .Where(n => n.Name.Value == typeName)
            .ToArray<AstNode?>();
    }

    private static DirectiveNode? DeprecatedNode(IHasDirectives? node) => node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");
}
