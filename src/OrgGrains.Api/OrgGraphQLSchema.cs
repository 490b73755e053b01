using OrgGrains.GraphQL.Types;
using OrgGrains.Model;
using Orleans;

namespace OrgGrains.Api;

/// <summary>The entry point: the OrgGrains GraphQL schema (schema.graphql) with its resolvers
/// bound to the grain interfaces, every root field behind its <see cref="FieldPolicies"/> row. A
/// server maps the returned schema with its transport and passes each request's <see cref="Caller"/>
/// as its context value.</summary>
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
            .BindEnum<BulkItemStatus>("BulkItemStatus")
            .BindEnum("Role", RoleNames())
            .BindEnum("WebhookEventType", WebhookResolvers.EventTypeNames())
            .ResolveType("Node", (value, _) => value is UnitNode n ? UnitNode.TypeName(n.Ref.Kind) : null)
            .ResolveType("Unit", (value, _) => value is UnitNode n ? UnitNode.TypeName(n.Ref.Kind) : null);
        var guarded = new GuardedFields(builder, new FieldGuard(loaders));
        new UnitResolvers(loaders).Bind(guarded);
        new QueryResolvers(loaders, new Paging(options)).Bind(guarded);
        new MutationResolvers(loaders).Bind(guarded);
        new SubscriptionResolvers(changes).Bind(guarded);
        new AccessResolvers(loaders).Bind(guarded);
        new WebhookResolvers(loaders).Bind(guarded);
        new BulkResolvers(loaders).Bind(guarded);
        var schema = builder.Build();
        guarded.VerifyEveryRootField(schema);
        return schema;
    }

    /// <summary>Role values are the lowercase names tokens and keys carry ("reader", …).</summary>
    private static Dictionary<string, object> RoleNames() =>
        OrgRoleNames.Names(OrgRoles.AnyRole).ToDictionary(r => r.ToUpperInvariant(), r => (object)r, StringComparer.Ordinal);

    private static string ReadSdl()
    {
        using var stream = typeof(OrgGraphQLSchema).Assembly.GetManifestResourceStream("OrgGrains.Api.schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
