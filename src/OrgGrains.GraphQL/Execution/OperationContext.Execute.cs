using System.Diagnostics;
using OrgGrains.GraphQL.Diagnostics;
using OrgGrains.GraphQL.Introspection;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§6.3 Executing selection sets and §6.4 executing fields.</summary>
internal sealed partial class OperationContext
{
    /// <summary>Stands for "null because of an error at a non-null position": the parent must become null too (§6.4.4).</summary>
    internal static readonly object Bubble = new();

    /// <summary>
    /// §6.2.1 / §6.2.2 Executes the operation's root selection set and waits for it. The pass counts as
    /// running work, so the DataLoader batches its resolvers queue start when it has ended and every
    /// resolver still in flight waits on a load (<see cref="BatchScheduler"/>).
    /// </summary>
    public async ValueTask<object?> ExecuteRootAsync(ObjectType rootType, SelectionPlan plan, bool serially)
    {
        ValueTask<object?> pending;
        Scheduler.BeginPhase();
        try
        {
            pending = serially
                ? ExecuteSelectionSetSerially(plan, rootType, RootValue)
                : ExecuteSelectionSet(plan, rootType, RootValue, default, isRoot: true);
        }
        finally
        {
            Scheduler.EndPhase();
        }

        var data = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
        return data == Bubble ? null : data;
    }

    /// <summary>§6.3.1 ExecuteSelectionSet, normally: fields start one after another and run concurrently.</summary>
    public ValueTask<object?> ExecuteSelectionSet(SelectionPlan plan, ObjectType type, object? source, in PathSegment position, bool isRoot = false)
    {
        CancellationToken.ThrowIfCancellationRequested();
        var fields = plan.Fields;
        var map = ResultMap.Create(fields, position);
        var path = isRoot ? null : map;
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var selection = fields[i];
            var value = ExecuteField(type, source, selection, new PathSegment(path, selection.ResponseKey));
            if (value.IsCompletedSuccessfully)
            {
                var result = value.Result;
                if (result == Bubble)
                {
                    return new ValueTask<object?>(Bubble);
                }

                map.SetValue(i, result);
            }
            else
            {
                (pending ??= []).Add((i, value));
            }
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitFields(map, pending);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, List<(int Index, ValueTask<object?> Value)> pending)
    {
        foreach (var (index, value) in pending)
        {
            var result = await value.ConfigureAwait(false);
            if (result == Bubble)
            {
                return Bubble;
            }

            map.SetValue(index, result);
        }

        return map;
    }

    /// <summary>§6.2.2 Mutation root fields execute serially: each completes before the next starts.</summary>
    private async ValueTask<object?> ExecuteSelectionSetSerially(SelectionPlan plan, ObjectType type, object? source)
    {
        var fields = plan.Fields;
        var map = ResultMap.Create(fields, default);
        for (var i = 0; i < fields.Length; i++)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var selection = fields[i];

            // Each field's sub-tree is a pass of its own: its loads batch together, apart from the other fields'.
            ValueTask<object?> value;
            Scheduler.BeginPhase();
            try
            {
                value = ExecuteField(type, source, selection, new PathSegment(null, selection.ResponseKey));
            }
            finally
            {
                Scheduler.EndPhase();
            }

            var result = await value.ConfigureAwait(false);
            if (result == Bubble)
            {
                return Bubble;
            }

            map.SetValue(i, result);
        }

        return map;
    }

    /// <summary>§6.4 ExecuteField: coerce arguments, resolve, complete. Returns <see cref="Bubble"/> only for a non-null field.</summary>
    public ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldSelection selection, PathSegment path)
    {
        var field = selection.Field;
        if (ReferenceEquals(field, IntrospectionTypes.TypeNameField))
        {
            return new ValueTask<object?>(parentType.Name);
        }

        if (selection.ConstantResult is { } constant && ReuseIntrospectionResults)
        {
            return new ValueTask<object?>(constant);
        }

        try
        {
            var context = new ResolveContext(this, selection, parentType, source, GetArguments(selection), path);
            object? resolved;
            if (field.Resolver is { } resolve)
            {
                resolved = resolve(context);
            }
            else
            {
                var work = Scheduler.BeginResolver(out var outer);
                var caller = Activity.Current;
                var span = GraphQLTelemetry.StartResolver(parentType.Name, field.Name);
                ValueTask<object?> resolving;
                try
                {
                    resolving = field.AsyncResolver!(context);
                }
                catch (Exception error)
                {
                    Scheduler.EndResolver(work);
                    GraphQLTelemetry.Fail(span, error);
                    span?.Dispose();
                    throw;
                }
                finally
                {
                    GraphQLTelemetry.Restore(span, caller);
                }

                if (!resolving.IsCompletedSuccessfully)
                {
                    BatchScheduler.Leave(outer);
                    return AwaitResolveAndComplete(resolving, work, span, parentType, selection, path);
                }

                span?.Dispose();
                Scheduler.EndResolver(work);
                resolved = resolving.Result;
            }

            var errorsBefore = _errors?.Count ?? 0;
            var completed = CompleteValue(field.Type, selection, parentType, path, resolved);
            if (!completed.IsCompletedSuccessfully)
            {
                return AwaitCompleted(completed, field.Type, selection, path);
            }

            var value = NullIfNullable(field.Type, completed.Result);
            if (ReuseIntrospectionResults && (_errors?.Count ?? 0) == errorsBefore && value is not null && selection.IsConstant(Document.Fragments))
            {
                selection.ConstantResult = value;
            }

            return new ValueTask<object?>(value);
        }
        catch (Exception error) when (!IsAbort(error))
        {
            return new ValueTask<object?>(HandleFieldError(error, field.Type, selection, path));
        }
    }

    private async ValueTask<object?> AwaitResolveAndComplete(ValueTask<object?> resolving, ResolverWork work, Activity? span, ObjectType parentType, FieldSelection selection, PathSegment path)
    {
        var type = selection.Field.Type;
        object? resolved;
        try
        {
            resolved = await resolving.ConfigureAwait(false);
            span?.Dispose();
        }
        catch (Exception error)
        {
            GraphQLTelemetry.Fail(span, error);
            span?.Dispose();
            Scheduler.EndResolver(work);
            if (IsAbort(error))
            {
                throw;
            }

            return HandleFieldError(error, type, selection, path);
        }

        // The resolver stays counted as running while its value's sub-fields start, so their loads batch together.
        Scheduler.FinishResolver(work);
        ValueTask<object?> completing;
        try
        {
            completing = CompleteValue(type, selection, parentType, path, resolved);
        }
        catch (Exception error) when (!IsAbort(error))
        {
            completing = new ValueTask<object?>(HandleFieldError(error, type, selection, path));
        }
        finally
        {
            Scheduler.EndPhase();
        }

        return await AwaitCompleted(completing, type, selection, path).ConfigureAwait(false);
    }

    private async ValueTask<object?> AwaitCompleted(ValueTask<object?> completing, GraphQLType type, FieldSelection selection, PathSegment path)
    {
        try
        {
            return NullIfNullable(type, await completing.ConfigureAwait(false));
        }
        catch (Exception error) when (!IsAbort(error))
        {
            return HandleFieldError(error, type, selection, path);
        }
    }

    /// <summary>§6.4.1 CoerceArgumentValues, reusing the coerced values when the arguments use no variables.</summary>
    private IReadOnlyDictionary<string, object?> GetArguments(FieldSelection selection)
    {
        if (selection.Field.Arguments.Count == 0)
        {
            return NoArguments;
        }

        if (selection.StaticArguments is { } cached)
        {
            return cached;
        }

        var arguments = ArgumentCoercion.CoerceArgumentValues(selection.Field.Arguments, selection.Nodes[0], Variables);
        if (!selection.ArgumentsUseVariables)
        {
            selection.StaticArguments = arguments;
        }

        return arguments;
    }

    /// <summary>§6.4.4 Handling field errors: record the error at the field's path; null unless the position is non-null.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType type, FieldSelection selection, PathSegment path)
    {
        var located = exception is GraphQLError error
            ? error.Path is null ? error.WithLocation(error.Locations ?? selection.Locations, path.Materialize().ToList()) : error
            : UnexpectedErrorFilter is { } filter
                ? filter(exception).WithLocation(selection.Locations, path.Materialize().ToList())
                : new GraphQLError(exception.Message, selection.Locations, path.Materialize().ToList(), null, exception);
        AddError(located);
        return type is NonNullType ? Bubble : null;
    }

    private static object? NullIfNullable(GraphQLType type, object? value) =>
        value == Bubble && type is not NonNullType ? null : value;

    /// <summary>A cancelled request stops the whole execution instead of failing field by field.</summary>
    private bool IsAbort(Exception error) => error is OperationCanceledException && CancellationToken.IsCancellationRequested;
}
