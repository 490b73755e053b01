using System.Collections;
using System.Text.Json;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§6.4.3 Value completion: non-null checks, lists, leaves, objects and abstract types.</summary>
internal sealed partial class OperationContext
{
    /// <summary>§6.4.3 CompleteValue. Throws (or faults) on a field error; returns <see cref="Bubble"/> for a failed non-null position.</summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, FieldSelection selection, ObjectType parentType, PathSegment path, object? result)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, selection, parentType, path, result);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(CheckNonNull(inner.Result, selection, parentType, path))
                : AwaitNonNull(inner, selection, parentType, path);
        }

        if (result is null || result is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            return default;
        }

        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(result) ?? throw new GraphQLError(
                    $"Expected `{scalar.Name}.serialize({JsValues.Inspect(result)})` to return non-nullable value, returned: null"));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(result));
            case ListType list:
                return CompleteList(list, selection, parentType, path, result);
            case ObjectType objectType:
                return CompleteObject(objectType, selection, path, result);
            case InterfaceType or UnionType:
                return CompleteObject(ResolveAbstractType((NamedType)type, selection, parentType, path, result), selection, path, result);
            default:
                throw new InvalidOperationException($"Cannot complete value of unexpected output type: {type}");
        }
    }

    private object? CheckNonNull(object? value, FieldSelection selection, ObjectType parentType, PathSegment path)
    {
        if (value is null)
        {
            AddError(new GraphQLError(
                $"Cannot return null for non-nullable field {parentType.Name}.{selection.Field.Name}.",
                selection.Locations,
                path.Materialize().ToList()));
            return Bubble;
        }

        return value;
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, FieldSelection selection, ObjectType parentType, PathSegment path) =>
        CheckNonNull(await inner.ConfigureAwait(false), selection, parentType, path);

    private ValueTask<object?> CompleteObject(ObjectType type, FieldSelection selection, PathSegment path, object result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLError($"Expected value of type \"{type.Name}\" but got: {JsValues.Inspect(result)}.");
        }

        if (!selection.TryGetSubPlan(type, out var plan))
        {
            plan = FieldCollector.CollectSubfields(Schema, Document.Fragments, Variables, type, selection.Nodes);
            selection.CacheSubPlan(type, plan);
        }

        return ExecuteSelectionSet(plan, type, result, path);
    }

    /// <summary>§6.4.3 ResolveAbstractType: the type resolver, else a "__typename" on the value, else IsTypeOf, else the CLR type's name.</summary>
    private ObjectType ResolveAbstractType(NamedType abstractType, FieldSelection selection, ObjectType parentType, PathSegment path, object result)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };

        string? typeName;
        if (resolver is not null)
        {
            typeName = resolver(result, new ResolveContext(this, selection, parentType, result, NoArguments, path));
        }
        else
        {
            typeName = DefaultTypeName(abstractType, result);
        }

        if (typeName is null)
        {
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{selection.Field.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        var runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        }

        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
        }

        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return objectType;
    }

    private string? DefaultTypeName(NamedType abstractType, object result)
    {
        // graphql-js's defaultTypeResolver: a string "__typename" on the value, then isTypeOf.
        switch (result)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty("__typename", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue("__typename", out var n) && n is string s ? s : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue("__typename", out var n2) && n2 is string s2 ? s2 : null;
        }

        var possible = Schema.GetPossibleTypes(abstractType);
        foreach (var type in possible)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(result))
            {
                return type.Name;
            }
        }

        // A CLR object whose class is named like one of the possible types (a record Pod for type Pod).
        var clrName = result.GetType().Name;
        foreach (var type in possible)
        {
            if (type.Name == clrName)
            {
                return type.Name;
            }
        }

        return null;
    }

    /// <summary>§6.4.3 Completing a list: each item completed at its index; an item error nulls the item, or the list when items are non-null.</summary>
    private ValueTask<object?> CompleteList(ListType type, FieldSelection selection, ObjectType parentType, PathSegment path, object result)
    {
        var itemType = type.OfType;
        IList? list = null;
        IReadOnlyList<object?>? readOnlyList = null;
        JsonElement json = default;
        int count;
        switch (result)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } element:
                json = element;
                count = element.GetArrayLength();
                break;
            case string or JsonElement or IDictionary or IReadOnlyDictionary<string, object?>:
                throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{selection.Field.Name}\".");
            case IList l:
                list = l;
                count = l.Count;
                break;
            case IReadOnlyList<object?> readOnly:
                readOnlyList = readOnly;
                count = readOnly.Count;
                break;
            case IEnumerable e:
                var buffered = new List<object?>();
                foreach (var item in e)
                {
                    buffered.Add(item);
                }

                list = buffered;
                count = buffered.Count;
                break;
            default:
                throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{selection.Field.Name}\".");
        }

        if (count == 0)
        {
            return new ValueTask<object?>(Array.Empty<object?>());
        }

        var items = new object?[count];
        var listPath = path.Materialize();
        List<(int Index, PathSegment Path, ValueTask<object?> Value)>? pending = null;
        var arrayEnumerator = list is null && readOnlyList is null ? json.EnumerateArray() : default;
        for (var i = 0; i < count; i++)
        {
            object? item;
            if (list is not null)
            {
                item = list[i];
            }
            else if (readOnlyList is not null)
            {
                item = readOnlyList[i];
            }
            else
            {
                arrayEnumerator.MoveNext();
                item = arrayEnumerator.Current;
            }

            var itemPath = new PathSegment(listPath, i);
            object? completed;
            try
            {
                var value = CompleteValue(itemType, selection, parentType, itemPath, item);
                if (!value.IsCompletedSuccessfully)
                {
                    (pending ??= []).Add((i, itemPath, value));
                    continue;
                }

                completed = value.Result;
            }
            catch (Exception error) when (!IsAbort(error))
            {
                completed = HandleFieldError(error, itemType, selection, itemPath);
            }

            completed = NullIfNullable(itemType, completed);
            if (completed == Bubble)
            {
                return new ValueTask<object?>(Bubble);
            }

            items[i] = completed;
        }

        return pending is null ? new ValueTask<object?>(items) : AwaitItems(items, itemType, selection, pending);
    }

    private async ValueTask<object?> AwaitItems(object?[] items, GraphQLType itemType, FieldSelection selection, List<(int Index, PathSegment Path, ValueTask<object?> Value)> pending)
    {
        foreach (var (index, itemPath, value) in pending)
        {
            object? completed;
            try
            {
                completed = await value.ConfigureAwait(false);
            }
            catch (Exception error) when (!IsAbort(error))
            {
                completed = HandleFieldError(error, itemType, selection, itemPath);
            }

            completed = NullIfNullable(itemType, completed);
            if (completed == Bubble)
            {
                return Bubble;
            }

            items[index] = completed;
        }

        return items;
    }
}
