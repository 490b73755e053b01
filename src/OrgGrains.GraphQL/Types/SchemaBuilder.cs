using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Types;

/// <summary>
/// Schema-first: builds a <see cref="GraphQLSchema"/> from SDL (definitions and extensions) and binds
/// C# resolvers, type resolvers, scalars and enum values to it once, when <see cref="Build"/> runs.
/// <code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitions(sdl)
///     .Resolve("Query", "pods", ctx => pods)
///     .ResolveType("Unit", (value, ctx) => value is Pod ? "Pod" : "Domain")
///     .BindScalar(Scalars.DateTime)
///     .Build();
/// </code>
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<(string Type, string Field), FieldBinding> _fields = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, object>> _enumValues = new(StringComparer.Ordinal);
    private bool _validate = true;

    /// <summary>Builds a schema from SDL with default resolvers only (graphql-js's buildSchema).</summary>
    public static GraphQLSchema BuildSchema(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl).Build();

    /// <summary>Adds SDL text: type, directive and schema definitions and extensions.</summary>
    /// <exception cref="SchemaException">When the text is not valid SDL syntax (with the error's line and column).</exception>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        try
        {
            _documents.Add(Parser.Parse(sdl));
        }
        catch (GraphQLSyntaxException syntax)
        {
            throw new SchemaException([new GraphQLError(syntax.Message, [syntax.Location])]);
        }

        return this;
    }

    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Binds a synchronous resolver to <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver) =>
        Bind(typeName, fieldName, b => b with { Sync = resolver, Async = null });

    /// <summary>Binds an asynchronous resolver to <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder ResolveAsync(string typeName, string fieldName, AsyncFieldResolver resolver) =>
        Bind(typeName, fieldName, b => b with { Sync = null, Async = resolver });

    /// <summary>Binds an asynchronous resolver returning a Task of any result type.</summary>
    public SchemaBuilder ResolveAsync<T>(string typeName, string fieldName, Func<Execution.ResolveContext, Task<T>> resolver) =>
        ResolveAsync(typeName, fieldName, (AsyncFieldResolver)(async ctx => await resolver(ctx).ConfigureAwait(false)));

    /// <summary>§6.2.3.1 Binds the source event stream of a subscription root field.</summary>
    public SchemaBuilder Subscribe(string typeName, string fieldName, SourceStreamResolver subscriber) =>
        Bind(typeName, fieldName, b => b with { Subscribe = subscriber });

    /// <summary>§6.4.3 Binds how a value of an interface or union finds its object type.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Binds the check an object type uses to claim values of an abstract type without a type resolver.</summary>
    public SchemaBuilder IsTypeOf(string objectTypeName, Func<object, bool> isTypeOf)
    {
        _isTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Binds the C# behaviour of a scalar the SDL declares (<c>scalar DateTime</c>).</summary>
    public SchemaBuilder BindScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Binds the internal values of an enum's values (by default each value is its name).</summary>
    public SchemaBuilder BindEnum(string enumTypeName, IReadOnlyDictionary<string, object> values)
    {
        _enumValues[enumTypeName] = values;
        return this;
    }

    /// <summary>Binds an enum to a C# enum: each GraphQL value maps to the C# member of the same name (case-insensitive, underscores ignored).</summary>
    public SchemaBuilder BindEnum<TEnum>(string enumTypeName)
        where TEnum : struct, Enum
    {
        var map = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            map[value.ToString().Replace("_", "", StringComparison.Ordinal)] = value;
        }

        _enumValues[enumTypeName] = map;
        return this;
    }

    /// <summary>Skips §3 schema validation (graphql-js's assumeValid); the caller vouches for the SDL.</summary>
    public SchemaBuilder AssumeValid()
    {
        _validate = false;
        return this;
    }

    /// <summary>Builds the schema; throws <see cref="SchemaException"/> naming each problem when the SDL is invalid.</summary>
    public GraphQLSchema Build()
    {
        // §3 The SDL rules first (graphql-js's assertValidSDL), so their errors read as graphql-js's.
        var sdl = _documents.Count == 1 ? _documents[0] : new DocumentNode { Definitions = _documents.SelectMany(d => d.Definitions).ToArray() };
        var sdlErrors = Validation.DocumentValidator.ValidateSdl(sdl);
        if (sdlErrors.Count > 0)
        {
            throw new SchemaException(sdlErrors);
        }

        var errors = new List<GraphQLError>();
        var factory = new SdlTypeFactory(errors, _scalars, BuiltIns.Instance);
        factory.AddDocuments(_documents);
        var built = factory.Build();
        if (errors.Count == 0)
        {
            BindResolvers(built.Types, errors);
        }

        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        var directives = new List<DirectiveDefinition>(built.Directives);
        foreach (var d in BuiltIns.Instance.Directives)
        {
            if (!directives.Exists(x => x.Name == d.Name))
            {
                directives.Add(d);
            }
        }

        var schema = new GraphQLSchema(built.Query, built.Mutation, built.Subscription, built.Types.Values, directives, built.SchemaDescription)
        {
            AstNode = built.SchemaNode,
            ExtensionAstNodes = built.SchemaExtensions,
        };

        if (_validate && schema.ValidationErrors.Count > 0)
        {
            throw new SchemaException(schema.ValidationErrors);
        }

        return schema;
    }

    private SchemaBuilder Bind(string typeName, string fieldName, Func<FieldBinding, FieldBinding> change)
    {
        _fields[(typeName, fieldName)] = change(_fields.GetValueOrDefault((typeName, fieldName)));
        return this;
    }

    private void BindResolvers(IReadOnlyDictionary<string, NamedType> types, List<GraphQLError> errors)
    {
        foreach (var ((typeName, fieldName), binding) in _fields)
        {
            if (types.GetValueOrDefault(typeName) is not ComplexType complex)
            {
                errors.Add(new GraphQLError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": the schema defines no object or interface type \"{typeName}\"."));
                continue;
            }

            if (complex.GetField(fieldName) is not { } field)
            {
                errors.Add(new GraphQLError($"Cannot bind a resolver to \"{typeName}.{fieldName}\": type \"{typeName}\" has no field \"{fieldName}\"."));
                continue;
            }

            if (binding.Sync is not null || binding.Async is not null)
            {
                field.Resolver = binding.Sync;
                field.AsyncResolver = binding.Async;
            }

            if (binding.Subscribe is not null)
            {
                field.Subscriber = binding.Subscribe;

                // §6.2.3.2 Without its own resolver, a subscription field's value is the event itself.
                if (binding.Sync is null && binding.Async is null)
                {
                    field.Resolver = static ctx => ctx.Source;
                }
            }
        }

        foreach (var (name, resolver) in _typeResolvers)
        {
            switch (types.GetValueOrDefault(name))
            {
                case InterfaceType i: i.ResolveType = resolver; break;
                case UnionType u: u.ResolveType = resolver; break;
                default:
                    errors.Add(new GraphQLError($"Cannot bind a type resolver to \"{name}\": the schema defines no interface or union type \"{name}\"."));
                    break;
            }
        }

        foreach (var (name, isTypeOf) in _isTypeOf)
        {
            if (types.GetValueOrDefault(name) is ObjectType o)
            {
                o.IsTypeOf = isTypeOf;
            }
            else
            {
                errors.Add(new GraphQLError($"Cannot bind IsTypeOf to \"{name}\": the schema defines no object type \"{name}\"."));
            }
        }

        foreach (var name in _scalars.Keys)
        {
            if (types.GetValueOrDefault(name) is not ScalarType)
            {
                errors.Add(new GraphQLError($"Cannot bind scalar \"{name}\": the SDL declares no scalar \"{name}\" (add `scalar {name}`)."));
            }
        }

        foreach (var (name, values) in _enumValues)
        {
            if (types.GetValueOrDefault(name) is not EnumType e)
            {
                errors.Add(new GraphQLError($"Cannot bind enum values to \"{name}\": the schema defines no enum type \"{name}\"."));
                continue;
            }

            foreach (var value in e.Values)
            {
                if (values.TryGetValue(value.Name, out var internalValue) ||
                    values.TryGetValue(value.Name.Replace("_", "", StringComparison.Ordinal), out internalValue))
                {
                    value.Value = internalValue;
                }
                else
                {
                    errors.Add(new GraphQLError($"Cannot bind enum \"{name}\": no value is given for \"{name}.{value.Name}\"."));
                }
            }
        }
    }

    private readonly record struct FieldBinding(FieldResolver? Sync, AsyncFieldResolver? Async, SourceStreamResolver? Subscribe);
}
