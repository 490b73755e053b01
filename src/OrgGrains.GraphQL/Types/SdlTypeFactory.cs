using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Types;

/// <summary>
/// Turns SDL definitions and extensions into named types and directives (graphql-js's
/// extendSchemaImpl): every type is created first so that references, including cycles, resolve.
/// Problems that stop the build (unknown or duplicate types, extensions of nothing) are reported
/// with the name and location of what is wrong; §3 validation runs afterwards on the schema.
/// </summary>
internal sealed class SdlTypeFactory(List<GraphQLError> errors, IReadOnlyDictionary<string, ScalarType> boundScalars, BuiltIns? builtIns)
{
    private readonly Dictionary<string, TypeDefinitionNode> _typeDefs = new(StringComparer.Ordinal);
    private readonly List<TypeDefinitionNode> _typeDefOrder = [];
    private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
    private readonly List<DirectiveDefinitionNode> _directiveDefs = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private SchemaDefinitionNode? _schemaDef;

    public sealed record Result(
        IReadOnlyDictionary<string, NamedType> Types,
        IReadOnlyList<DirectiveDefinition> Directives,
        ObjectType? Query,
        ObjectType? Mutation,
        ObjectType? Subscription,
        string? SchemaDescription,
        SchemaDefinitionNode? SchemaNode,
        IReadOnlyList<SchemaExtensionNode> SchemaExtensions);

    public void AddDocuments(IEnumerable<DocumentNode> documents)
    {
        foreach (var document in documents)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case TypeDefinitionNode def:
                        if (!_typeDefs.TryAdd(def.Name.Value, def))
                        {
                            errors.Add(Error($"There can be only one type named \"{def.Name.Value}\".", _typeDefs[def.Name.Value].Name, def.Name));
                        }
                        else
                        {
                            _typeDefOrder.Add(def);
                        }

                        break;
                    case TypeExtensionNode ext:
                        if (!_extensions.TryGetValue(ext.Name.Value, out var list))
                        {
                            _extensions[ext.Name.Value] = list = [];
                        }

                        list.Add(ext);
                        break;
                    case DirectiveDefinitionNode dir:
                        _directiveDefs.Add(dir);
                        break;
                    case SchemaDefinitionNode schema:
                        if (_schemaDef is not null)
                        {
                            errors.Add(Error("Must provide only one schema definition.", schema));
                        }

                        _schemaDef ??= schema;
                        break;
                    case SchemaExtensionNode schemaExt:
                        _schemaExtensions.Add(schemaExt);
                        break;
                    default:
                        errors.Add(Error($"The schema's SDL cannot contain an executable definition ({definition.Kind}).", definition));
                        break;
                }
            }
        }
    }

    public Result Build()
    {
        // Pass 1: a shell for every defined type, so references resolve in any order.
        foreach (var def in _typeDefOrder)
        {
            var name = def.Name.Value;
            if (builtIns?.GetType(name) is { } builtIn && (Scalars.IsSpecified(builtIn) || name.StartsWith("__", StringComparison.Ordinal)))
            {
                // graphql-js keeps the standard definition of a redeclared built-in type.
                _types[name] = builtIn;
                continue;
            }

            _types[name] = CreateShell(def);
        }

        foreach (var (name, exts) in _extensions)
        {
            if (!_types.TryGetValue(name, out var type))
            {
                foreach (var ext in exts)
                {
                    errors.Add(Error($"Cannot extend type \"{name}\" because it is not defined.", ext.Name));
                }

                continue;
            }

            foreach (var ext in exts)
            {
                if (!ExtensionMatches(type, ext))
                {
                    errors.Add(Error($"Cannot extend non-{KindName(ext)} type \"{name}\".", _typeDefs.TryGetValue(name, out var d) ? d : null, ext));
                }
            }

            type.ExtensionAstNodes = exts;
        }

        // Pass 2: fill fields, interfaces, members and values from the definition and its extensions.
        foreach (var def in _typeDefOrder)
        {
            if (_types[def.Name.Value] is { AstNode: not null } type && ReferenceEquals(type.AstNode, def))
            {
                Fill(type, def, _extensions.GetValueOrDefault(def.Name.Value) ?? []);
            }
        }

        var directives = new List<DirectiveDefinition>();
        var seenDirectives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var def in _directiveDefs)
        {
            if (!seenDirectives.Add(def.Name.Value))
            {
                errors.Add(Error($"There can be only one directive named \"@{def.Name.Value}\".", def.Name));
                continue;
            }

            directives.Add(BuildDirective(def));
        }

        var (query, mutation, subscription) = RootTypes();

        // Default values are coerced once every input type is complete (§3.6.1, §3.10).
        foreach (var type in _types.Values)
        {
            CoerceDefaults(type);
        }

        foreach (var d in directives)
        {
            foreach (var a in d.Arguments)
            {
                CoerceDefault(a);
            }
        }

        return new Result(_types, directives, query, mutation, subscription, _schemaDef?.Description?.Value, _schemaDef, _schemaExtensions);
    }

    private NamedType CreateShell(TypeDefinitionNode def)
    {
        var name = def.Name.Value;
        var description = def.Description?.Value;
        NamedType type = def switch
        {
            ScalarTypeDefinitionNode => boundScalars.TryGetValue(name, out var bound)
                ? bound.WithSdl(description, null)
                : new ScalarType(name, description),
            ObjectTypeDefinitionNode => new ObjectType(name, description),
            InterfaceTypeDefinitionNode => new InterfaceType(name, description),
            UnionTypeDefinitionNode => new UnionType(name, description),
            EnumTypeDefinitionNode => new EnumType(name, description),
            InputObjectTypeDefinitionNode => new InputObjectType(name, description),
            _ => throw new InvalidOperationException("Unknown type definition " + def.Kind),
        };
        type.AstNode = def;
        return type;
    }

    private void Fill(NamedType type, TypeDefinitionNode def, IReadOnlyList<TypeExtensionNode> exts)
    {
        switch (type)
        {
            case ScalarType scalar:
                var url = SpecifiedByUrl(def) ?? exts.Select(SpecifiedByUrl).LastOrDefault(u => u is not null);
                if (url is not null)
                {
                    scalar.SpecifiedByUrl = url;
                }

                break;
            case ObjectType obj:
                obj.Fields = BuildFields(obj, ((ObjectTypeDefinitionNode)def).Fields.Concat(exts.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields)));
                obj.Interfaces = BuildInterfaces(((ObjectTypeDefinitionNode)def).Interfaces.Concat(exts.OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Interfaces)));
                break;
            case InterfaceType iface:
                iface.Fields = BuildFields(iface, ((InterfaceTypeDefinitionNode)def).Fields.Concat(exts.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Fields)));
                iface.Interfaces = BuildInterfaces(((InterfaceTypeDefinitionNode)def).Interfaces.Concat(exts.OfType<InterfaceTypeExtensionNode>().SelectMany(e => e.Interfaces)));
                break;
            case UnionType union:
                var members = new List<ObjectType>();
                foreach (var node in ((UnionTypeDefinitionNode)def).Types.Concat(exts.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)))
                {
                    switch (Lookup(node))
                    {
                        case ObjectType o: members.Add(o); break;
                        case { } other:
                            errors.Add(Error($"Union type {union.Name} can only include Object types, it cannot include {other.Name}.", node));
                            break;
                    }
                }

                union.Types = members;
                break;
            case EnumType enumType:
                enumType.Values = new NamedCollection<EnumValueDefinition>(
                    ((EnumTypeDefinitionNode)def).Values.Concat(exts.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values))
                        .Select(v => new EnumValueDefinition(v.Name.Value, v.Description?.Value, DeprecationReason(v)) { AstNode = v }),
                    v => v.Name);
                break;
            case InputObjectType input:
                input.Fields = new NamedCollection<InputFieldDefinition>(
                    ((InputObjectTypeDefinitionNode)def).Fields.Concat(exts.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields))
                        .Select(f => new InputFieldDefinition(f.Name.Value, f.Description?.Value, TypeOf(f.Type), f.DefaultValue, DeprecationReason(f)) { AstNode = f }),
                    f => f.Name);
                input.IsOneOf = HasDirective(def, "oneOf") || exts.Any(e => HasDirective(e, "oneOf"));
                break;
        }
    }

    private NamedCollection<FieldDefinition> BuildFields(ComplexType owner, IEnumerable<FieldDefinitionNode> nodes)
    {
        var fields = new List<FieldDefinition>();
        foreach (var node in nodes)
        {
            var field = new FieldDefinition(node.Name.Value, node.Description?.Value, TypeOf(node.Type), BuildArguments(node.Arguments), DeprecationReason(node))
            {
                AstNode = node,
                DeclaringType = owner,
                Resolver = DefaultFieldResolver.For(node.Name.Value),
            };
            fields.Add(field);
        }

        return new NamedCollection<FieldDefinition>(fields, f => f.Name);
    }

    private NamedCollection<ArgumentDefinition> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes) =>
        nodes.Count == 0
            ? NamedCollection<ArgumentDefinition>.Empty
            : new NamedCollection<ArgumentDefinition>(
                nodes.Select(a => new ArgumentDefinition(a.Name.Value, a.Description?.Value, TypeOf(a.Type), a.DefaultValue, DeprecationReason(a)) { AstNode = a }),
                a => a.Name);

    private List<InterfaceType> BuildInterfaces(IEnumerable<NamedTypeNode> nodes)
    {
        var list = new List<InterfaceType>();
        foreach (var node in nodes)
        {
            switch (Lookup(node))
            {
                case InterfaceType i: list.Add(i); break;
                case { } other:
                    errors.Add(Error($"Type {other.Name} must be an Interface type to be implemented.", node));
                    break;
            }
        }

        return list;
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode def)
    {
        var locations = new List<DirectiveLocation>();
        foreach (var l in def.Locations)
        {
            if (DirectiveLocations.TryParse(l.Value, out var location))
            {
                locations.Add(location);
            }
            else
            {
                errors.Add(Error($"Unknown directive location \"{l.Value}\".", l));
            }
        }

        return new DirectiveDefinition(def.Name.Value, def.Description?.Value, locations, BuildArguments(def.Arguments), def.Repeatable)
        {
            AstNode = def,
        };
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes()
    {
        var operationTypes = (_schemaDef?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes));
        ObjectType? query = null, mutation = null, subscription = null;
        foreach (var op in operationTypes)
        {
            var type = Lookup(op.Type);
            if (type is null)
            {
                continue;
            }

            if (type is not ObjectType obj)
            {
                errors.Add(Error(op.Operation == OperationType.Query
                    ? $"Query root type must be Object type, it cannot be {type.Name}."
                    : $"{op.Operation} root type must be Object type if provided, it cannot be {type.Name}.", op.Type));
                continue;
            }

            switch (op.Operation)
            {
                case OperationType.Query: query = obj; break;
                case OperationType.Mutation: mutation = obj; break;
                case OperationType.Subscription: subscription = obj; break;
            }
        }

        if (_schemaDef is null)
        {
            // §3.3.1 Default root operation type names (graphql-js applies them after schema extensions).
            query = _types.GetValueOrDefault("Query") as ObjectType ?? query;
            mutation = _types.GetValueOrDefault("Mutation") as ObjectType ?? mutation;
            subscription = _types.GetValueOrDefault("Subscription") as ObjectType ?? subscription;
        }

        return (query, mutation, subscription);
    }

    private GraphQLType TypeOf(TypeNode node) => node switch
    {
        NonNullTypeNode n => NonNull(TypeOf(n.Type)),
        ListTypeNode l => new ListType(TypeOf(l.Type)),
        NamedTypeNode named => Lookup(named) ?? Scalars.String,
        _ => throw new InvalidOperationException("Unknown type node " + node.Kind),
    };

    // The grammar has no "!!", so the inner type is nullable; the guard keeps a malformed AST from throwing.
    private static GraphQLType NonNull(GraphQLType inner) => inner is NonNullType ? inner : new NonNullType(inner);

    private NamedType? Lookup(NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        if (builtIns?.GetType(name) is { } builtIn)
        {
            return builtIn;
        }

        foreach (var scalar in Scalars.Specified)
        {
            if (scalar.Name == name)
            {
                return scalar;
            }
        }

        errors.Add(Error($"Unknown type \"{name}\".", node));
        return null;
    }

    private void CoerceDefaults(NamedType type)
    {
        switch (type)
        {
            case ComplexType complex when complex.AstNode is not null:
                foreach (var f in complex.Fields)
                {
                    foreach (var a in f.Arguments)
                    {
                        CoerceDefault(a);
                    }
                }

                break;
            case InputObjectType input when input.AstNode is not null:
                foreach (var f in input.Fields)
                {
                    CoerceDefault(f);
                }

                break;
        }
    }

    private static void CoerceDefault(InputValueDefinition value)
    {
        if (value.DefaultValueLiteral is { } literal)
        {
            // An invalid default stays unset here; it is reported where it is used.
            value.DefaultValue = ValueFromAst.Coerce(literal, value.Type, null, out var coerced) ? coerced : null;
        }
    }

    private static bool ExtensionMatches(NamedType type, TypeExtensionNode ext) => (type, ext) switch
    {
        (ScalarType, ScalarTypeExtensionNode) => true,
        (ObjectType, ObjectTypeExtensionNode) => true,
        (InterfaceType, InterfaceTypeExtensionNode) => true,
        (UnionType, UnionTypeExtensionNode) => true,
        (EnumType, EnumTypeExtensionNode) => true,
        (InputObjectType, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(TypeExtensionNode ext) => ext switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    private static bool HasDirective(IHasDirectives node, string name)
    {
        foreach (var d in node.Directives)
        {
            if (d.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>§3.13.3 The reason of an <c>@deprecated</c> directive (its default when none is given), or null.</summary>
    private static string? DeprecationReason(IHasDirectives node)
    {
        foreach (var d in node.Directives)
        {
            if (d.Name.Value != "deprecated")
            {
                continue;
            }

            foreach (var a in d.Arguments)
            {
                if (a.Name.Value == "reason" && a.Value is StringValueNode s)
                {
                    return s.Value;
                }
            }

            return "No longer supported";
        }

        return null;
    }

    private static string? SpecifiedByUrl(IHasDirectives node)
    {
        foreach (var d in node.Directives)
        {
            if (d.Name.Value == "specifiedBy")
            {
                foreach (var a in d.Arguments)
                {
                    if (a.Name.Value == "url" && a.Value is StringValueNode s)
                    {
                        return s.Value;
                    }
                }
            }
        }

        return null;
    }

    private static GraphQLError Error(string message, params AstNode?[] nodes) =>
        new(message, Locations.Of(nodes));
}
