using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.Api;

/// <summary>Binds resolvers behind their <see cref="FieldPolicies"/> row. Every root field must be
/// bound here (<see cref="VerifyEveryRootField"/>), so a field added to the schema without a
/// policy stops the schema from being built instead of being open to everyone.</summary>
internal sealed class GuardedFields(SchemaBuilder builder, FieldGuard guard)
{
    private readonly HashSet<string> _guarded = new(StringComparer.Ordinal);

    public SchemaBuilder Builder => builder;

    public void Resolve(string type, string field, AsyncFieldResolver resolver)
    {
        var policy = FieldPolicies.For(type, field);
        _guarded.Add(type + "." + field);
        builder.ResolveAsync(type, field, ctx => FieldGuard.AllowedByRoles(ctx, policy, out var caller) ? resolver(ctx) : ScopedAsync(ctx, policy, caller, resolver));
    }

    public void ResolveSync(string type, string field, FieldResolver resolver)
    {
        var policy = FieldPolicies.For(type, field);
        if (policy.Scope is not null)
            throw new InvalidOperationException($"{type}.{field}: a synchronous field cannot read a contributor's scope.");
        _guarded.Add(type + "." + field);
        builder.Resolve(type, field, ctx =>
        {
            FieldGuard.AllowedByRoles(ctx, policy, out _);
            return resolver(ctx);
        });
    }

    /// <summary>Subscriptions are checked once, when they start (§6.2.3.1 CreateSourceEventStream):
    /// a refused one gets its error and no stream.</summary>
    public void Subscribe(string field, SourceStreamResolver subscriber)
    {
        var policy = FieldPolicies.For("Subscription", field);
        if (policy.Scope is not null)
            throw new InvalidOperationException($"Subscription.{field}: subscriptions cannot be scoped to a contributor's domains.");
        _guarded.Add("Subscription." + field);
        builder.Subscribe("Subscription", field, ctx =>
        {
            FieldGuard.AllowedByRoles(ctx, policy, out _);
            return subscriber(ctx);
        });
    }

    public void VerifyEveryRootField(GraphQLSchema schema)
    {
        var unguarded = new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }
            .Where(t => t is not null)
            .SelectMany(t => t!.Fields.Select(f => t.Name + "." + f.Name))
            .Where(f => !_guarded.Contains(f))
            .ToList();
        if (unguarded.Count > 0)
            throw new InvalidOperationException($"Root fields bound without a policy (bind them through GuardedFields): {string.Join(", ", unguarded)}.");
    }

    private async ValueTask<object?> ScopedAsync(ResolveContext ctx, FieldPolicy policy, Caller caller, AsyncFieldResolver resolver)
    {
        await guard.AuthorizeScopeAsync(ctx, policy, caller).ConfigureAwait(false);
        return await resolver(ctx).ConfigureAwait(false);
    }
}
