using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Types;

/// <summary>The specified directives and the introspection types, built once from <see cref="BuiltInDefinitions.Sdl"/>.</summary>
internal sealed class BuiltIns
{
    public static readonly BuiltIns Instance = new();

    private readonly IReadOnlyDictionary<string, NamedType> _types;

    private BuiltIns()
    {
        var errors = new List<GraphQLError>();
        var factory = new SdlTypeFactory(errors, new Dictionary<string, ScalarType>(), null);
        factory.AddDocuments([Parser.Parse(BuiltInDefinitions.Sdl)]);
        var result = factory.Build();
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }

        _types = result.Types;
        Directives = result.Directives;
        Include = Directive("include");
        Skip = Directive("skip");
        Deprecated = Directive("deprecated");
        SpecifiedBy = Directive("specifiedBy");
        OneOf = Directive("oneOf");
    }

    /// <summary>@include, @skip, @deprecated, @specifiedBy, @oneOf in graphql-js's order.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public DirectiveDefinition Include { get; }

    public DirectiveDefinition Skip { get; }

    public DirectiveDefinition Deprecated { get; }

    public DirectiveDefinition SpecifiedBy { get; }

    public DirectiveDefinition OneOf { get; }

    public NamedType? GetType(string name)
    {
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        foreach (var scalar in Scalars.Specified)
        {
            if (scalar.Name == name)
            {
                return scalar;
            }
        }

        return null;
    }

    private DirectiveDefinition Directive(string name) => Directives.First(d => d.Name == name);
}
