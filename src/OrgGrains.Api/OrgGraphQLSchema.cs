using OrgGrains.GraphQL.Types;
using OrgGrains.Model;
using Orleans;

namespace OrgGrains.Api;

/// <summary>The entry point: the OrgGrains GraphQL schema (schema.graphql) with its resolvers
/// bound to the grain interfaces. A server maps the returned schema with its transport.</summary>
public static class OrgGraphQLSchema
{
    /// <summary>The checked-in SDL, as embedded in this assembly.</summary>
    public static string Sdl { get; } = ReadSdl();

    /// <param name="grains">The grain factory resolvers call (the model's grain interfaces only).</param>
    /// <param name="changes">This silo's end of the model's change streams, for subscriptions.</param>
    public static GraphQLSchema Create(IGrainFactory grains, IChangeHub changes, OrgApiOptions? options = null)
    {
        options ??= new OrgApiOptions();
        var loaders = new Loaders(grains);
        var builder = new SchemaBuilder().AddTypeDefinitions(Sdl)
            .BindScalar(Scalars.DateTime)
            .BindEnum<Discipline>("Discipline")
            .BindEnum<Health>("Health")
            .BindEnum<PodLifecycle>("PodLifecycle")
            .BindEnum<AlertKind>("AlertKind")
            .BindEnum<DependencyKind>("DependencyKind")
            .BindEnum<DependencyStatus>("DependencyStatus")
            .BindEnum<ClosureDirection>("DependencyDirection")
            .BindEnum<DomainStatus>("UnitStatus")
            .BindEnum<PodEventKind>("PodEventKind")
            .BindEnum<HypothesisOutcome>("HypothesisOutcome")
            .ResolveType("Node", (value, _) => value is UnitNode n ? UnitNode.TypeName(n.Ref.Kind) : null)
            .ResolveType("Unit", (value, _) => value is UnitNode n ? UnitNode.TypeName(n.Ref.Kind) : null);
        new UnitResolvers(loaders).Bind(builder);
        new QueryResolvers(loaders, new Paging(options)).Bind(builder);
        new MutationResolvers(loaders, options.Actor).Bind(builder);
        new SubscriptionResolvers(changes).Bind(builder);
        return builder.Build();
    }

    private static string ReadSdl()
    {
        using var stream = typeof(OrgGraphQLSchema).Assembly.GetManifestResourceStream("OrgGrains.Api.schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
