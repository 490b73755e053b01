using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// The request limits a host can switch on (<see cref="GraphQLExecutorOptions"/>): depth, cost and
/// aliases of the operation, measured with fragments expanded. The cost model (see README):
/// every field costs 1; the cost of a field's sub-selection is multiplied by the list size when the
/// field returns a list (its first/last/limit/take argument, else <see cref="GraphQLExecutorOptions.DefaultListSize"/>);
/// introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) cost nothing.
/// </summary>
internal static class RequestLimits
{
    public const string DepthCode = "MAX_DEPTH_EXCEEDED";
    public const string CostCode = "MAX_COST_EXCEEDED";
    public const string AliasesCode = "MAX_ALIASES_EXCEEDED";
    public const string TimeoutCode = "EXECUTION_TIMEOUT";

    private static readonly string[] ListSizeArguments = ["first", "last", "limit", "take"];

    public static GraphQLError? Check(GraphQLExecutorOptions options, GraphQLSchema schema, PreparedDocument document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        if (options.MaxDepth is null && options.MaxCost is null && options.MaxAliases is null)
        {
            return null;
        }

        var (depth, aliases, cost) = Size(options, schema, document, operation, rootType, variables);
        if (options.MaxDepth is { } maxDepth && depth > maxDepth)
        {
            return new GraphQLError($"The operation's depth of {depth} exceeds the maximum depth of {maxDepth}.", DepthCode, Utilities.Locations.Of(operation));
        }

        if (options.MaxAliases is { } maxAliases && aliases > maxAliases)
        {
            return new GraphQLError($"The operation uses {aliases} aliases, more than the maximum of {maxAliases}.", AliasesCode, Utilities.Locations.Of(operation));
        }

        if (options.MaxCost is { } maxCost && cost > maxCost)
        {
            return new GraphQLError($"The operation's cost of {cost} exceeds the maximum cost of {maxCost}.", CostCode, Utilities.Locations.Of(operation));
        }

        return null;
    }

    /// <summary>
    /// The operation's depth, aliases and cost: measured once per cached document and operation, unless
    /// a list size comes from a variable, when it is measured per request.
    /// </summary>
    private static OperationSize Size(GraphQLExecutorOptions options, GraphQLSchema schema, PreparedDocument document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        if (document.OperationSizes.TryGetValue(operation, out var size))
        {
            return size;
        }

        var measure = new Measure(schema, document, variables, options.DefaultListSize);
        var cost = measure.SelectionSet(operation.SelectionSet, rootType, 1, new HashSet<string>(StringComparer.Ordinal));
        size = new OperationSize(measure.Depth, measure.Aliases, cost);
        if (!measure.ReadVariables)
        {
            document.OperationSizes.TryAdd(operation, size);
        }

        return size;
    }

    private sealed class Measure(GraphQLSchema schema, PreparedDocument document, IReadOnlyDictionary<string, object?> variables, int defaultListSize)
    {
        // Fragments spread several times each can expand exponentially; past this many visited
        // selections the operation is reported as over every limit instead of being walked further.
        private const int MaxVisits = 100_000;
        private int _visits;

        public int Depth { get; private set; }

        public long Aliases { get; private set; }

        /// <summary>True when a list size came from a variable, so the measure holds for this request only.</summary>
        public bool ReadVariables { get; private set; }

        /// <summary>The cost of a selection set on <paramref name="type"/> at nesting <paramref name="depth"/>; saturates instead of overflowing.</summary>
        public long SelectionSet(SelectionSetNode selectionSet, NamedType? type, int depth, HashSet<string> fragmentsOnPath)
        {
            long cost = 0;
            foreach (var selection in selectionSet.Selections)
            {
                if (++_visits > MaxVisits)
                {
                    Depth = int.MaxValue;
                    Aliases = long.MaxValue;
                    return long.MaxValue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        Depth = Math.Max(Depth, depth);
                        if (field.Alias is not null)
                        {
                            Aliases++;
                        }

                        if (field.Name.Value.StartsWith("__", StringComparison.Ordinal))
                        {
                            continue;
                        }

                        var definition = (type as ComplexType)?.GetField(field.Name.Value);
                        cost = Add(cost, 1);
                        if (field.SelectionSet is { } sub)
                        {
                            var childType = definition is null ? null : TypePredicates.GetNamedType(definition.Type);
                            var childCost = SelectionSet(sub, childType, depth + 1, fragmentsOnPath);
                            cost = Add(cost, Multiply(childCost, definition is not null && IsList(definition.Type) ? ListSize(field) : 1));
                        }

                        break;
                    case InlineFragmentNode inline:
                        cost = Add(cost, SelectionSet(inline.SelectionSet, inline.TypeCondition is { } c ? schema.GetType(c.Name.Value) : type, depth, fragmentsOnPath));
                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (document.Fragments.TryGetValue(name, out var fragment) && fragmentsOnPath.Add(name))
                        {
                            cost = Add(cost, SelectionSet(fragment.SelectionSet, schema.GetType(fragment.TypeCondition.Name.Value), depth, fragmentsOnPath));
                            fragmentsOnPath.Remove(name);
                        }

                        break;
                }
            }

            return cost;
        }

        private long ListSize(FieldNode field)
        {
            foreach (var argument in field.Arguments)
            {
                if (Array.IndexOf(ListSizeArguments, argument.Name.Value) < 0)
                {
                    continue;
                }

                object? value = argument.Value switch
                {
                    IntValueNode i => long.TryParse(i.Value, out var n) ? n : null,
                    VariableNode v => ReadVariable(v),
                    _ => null,
                };
                if (value is int or long)
                {
                    return Math.Max(0, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return defaultListSize;
        }

        private object? ReadVariable(VariableNode variable)
        {
            ReadVariables = true;
            return variables.GetValueOrDefault(variable.Name.Value);
        }

        private static bool IsList(GraphQLType type) => TypePredicates.GetNullableType(type) is ListType;

        private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

        private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
    }
}

/// <summary>What the request limits measure of an operation.</summary>
internal readonly record struct OperationSize(int Depth, long Aliases, long Cost);
