using System.Diagnostics;
using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Diagnostics;

/// <summary>The engine's spans, under the ActivitySource <see cref="SourceName"/>: one per operation
/// ("query PodPage", after the OpenTelemetry GraphQL conventions) and one per asynchronous resolver
/// (the ones that call out, e.g. to grains). <see cref="ActivitySource.StartActivity(string, ActivityKind)"/>
/// returns null while nobody listens, so an unobserved server pays one check per resolver.</summary>
public static class GraphQLTelemetry
{
    public const string SourceName = "OrgGrains.GraphQL";

    internal static readonly ActivitySource Source = new(SourceName);

    internal static Activity? StartOperation(OperationDefinitionNode operation)
    {
        if (!Source.HasListeners())
            return null;
        var type = operation.Operation.ToKeyword();
        var name = operation.Name?.Value;
        var activity = Source.StartActivity(name is null ? type : $"{type} {name}", ActivityKind.Internal);
        activity?.SetTag("graphql.operation.type", type);
        if (name is not null)
            activity?.SetTag("graphql.operation.name", name);
        return activity;
    }

    /// <summary>A span for one resolver call; the caller keeps <see cref="Activity.Current"/> as it
    /// was (see <see cref="Restore"/>) so sibling fields do not nest under each other.</summary>
    internal static Activity? StartResolver(string parentType, string field)
    {
        if (!Source.HasListeners())
            return null;
        var activity = Source.StartActivity($"resolve {parentType}.{field}", ActivityKind.Internal);
        activity?.SetTag("graphql.field.parent", parentType);
        activity?.SetTag("graphql.field.name", field);
        return activity;
    }

    internal static void Restore(Activity? started, Activity? previous)
    {
        if (started is not null)
            Activity.Current = previous;
    }

    internal static void Fail(Activity? activity, Exception error) =>
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
}
