using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§6.2.3.1 ResolveFieldEventStream.</summary>
internal sealed partial class OperationContext
{
    public async ValueTask<IAsyncEnumerable<object?>> CreateSourceEventStreamAsync(ObjectType rootType, FieldSelection selection)
    {
        var field = selection.Field;
        var context = new ResolveContext(this, selection, rootType, RootValue, GetArguments(selection), new PathSegment(null, selection.ResponseKey));
        if (field.Subscriber is { } subscribe)
        {
            return subscribe(context);
        }

        var resolved = field.Resolver is { } resolve ? resolve(context) : await field.AsyncResolver!(context).ConfigureAwait(false);
        return resolved as IAsyncEnumerable<object?>
            ?? throw new GraphQLError($"Subscription field must return Async Iterable. Received: {JsValues.Inspect(resolved)}.");
    }
}
