using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Types;

/// <summary>
/// §3.3 A schema: its root operation types, every named type reachable from them (the type map,
/// in graphql-js's order), and its directives. Immutable once built; build one with <see cref="SchemaBuilder"/>.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, NamedType> _typeMap;
    private readonly Dictionary<string, DirectiveDefinition> _directivesByName;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new(StringComparer.Ordinal);

    // Built once: execution asks these on every fragment and abstract value, from many threads.
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);
    private IReadOnlyList<GraphQLError>? _validationErrors;

    internal GraphQLSchema(
        ObjectType? query,
        ObjectType? mutation,
        ObjectType? subscription,
        IEnumerable<NamedType> types,
        IReadOnlyList<DirectiveDefinition> directives,
        string? description)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = directives;
        Description = description;

        // graphql-js's order: the given types (each followed by what it references), then the root
        // types, the directives' argument types and the introspection types.
        var ordered = new OrderedDictionary<string, NamedType>(StringComparer.Ordinal);
        var given = types.ToList();
        foreach (var t in given)
        {
            ordered.TryAdd(t.Name, t);
        }

        foreach (var t in given)
        {
            ordered.Remove(t.Name);
            Collect(t, ordered);
        }

        if (query is not null)
        {
            Collect(query, ordered);
        }

        if (mutation is not null)
        {
            Collect(mutation, ordered);
        }

        if (subscription is not null)
        {
            Collect(subscription, ordered);
        }

        foreach (var d in directives)
        {
            foreach (var a in d.Arguments)
            {
                Collect(a.Type, ordered);
            }
        }

        Collect(Introspection.IntrospectionTypes.Schema, ordered);

        _typeMap = new Dictionary<string, NamedType>(ordered, StringComparer.Ordinal);
        Types = ordered.Values.ToArray();
        _directivesByName = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var d in directives)
        {
            _directivesByName.TryAdd(d.Name, d);
        }

        foreach (var t in Types)
        {
            if (t is ComplexType complex)
            {
                foreach (var iface in complex.Interfaces)
                {
                    if (!_implementations.TryGetValue(iface.Name, out var impl))
                    {
                        impl = ([], []);
                        _implementations[iface.Name] = impl;
                    }

                    if (t is ObjectType o)
                    {
                        impl.Objects.Add(o);
                    }
                    else
                    {
                        impl.Interfaces.Add((InterfaceType)t);
                    }
                }
            }
        }

        foreach (var t in Types)
        {
            switch (t)
            {
                case UnionType union:
                    _possibleTypes[union.Name] = union.Types;
                    _subTypes[union.Name] = new HashSet<string>(union.Types.Select(m => m.Name), StringComparer.Ordinal);
                    break;
                case InterfaceType iface:
                    var (objects, interfaces) = _implementations.TryGetValue(iface.Name, out var impl) ? impl : ([], []);
                    _possibleTypes[iface.Name] = objects.ToArray();
                    _subTypes[iface.Name] = new HashSet<string>(objects.Select(o => o.Name).Concat(interfaces.Select(i => i.Name)), StringComparer.Ordinal);
                    break;
            }
        }
    }

    public string? Description { get; }

    public ObjectType? QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type of the schema, in graphql-js's type-map order.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyDictionary<string, NamedType> TypeMap => _typeMap;

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public SchemaDefinitionNode? AstNode { get; internal set; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directivesByName.GetValueOrDefault(name);

    /// <summary>§2.3 The root type of an operation of kind <paramref name="operation"/>, or null if the schema has none.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of the abstract type <paramref name="abstractType"/> may be.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType or InterfaceType => _possibleTypes.GetValueOrDefault(abstractType.Name) ?? (abstractType as UnionType)?.Types ?? [],
        ObjectType o => [o],
        _ => [],
    };

    /// <summary>The object and interface types that implement <paramref name="iface"/>.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType iface) =>
        _implementations.TryGetValue(iface.Name, out var impl) ? (impl.Objects, impl.Interfaces) : ([], []);

    /// <summary>True when <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType.Name, out var set) && set.Contains(maybeSubType.Name);

    /// <summary>§3 The schema's validation errors (empty when valid); computed once.</summary>
    public IReadOnlyList<GraphQLError> ValidationErrors => _validationErrors ??= SchemaValidator.Validate(this);

    private static void Collect(GraphQLType type, OrderedDictionary<string, NamedType> set)
    {
        var named = TypePredicates.GetNamedType(type);
        if (!set.TryAdd(named.Name, named))
        {
            return;
        }

        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface, set);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type, set);
                    foreach (var arg in field.Arguments)
                    {
                        Collect(arg.Type, set);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type, set);
                }

                break;
        }
    }
}
