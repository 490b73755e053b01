using OrgGrains.GraphQL.Introspection;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§6.3.2 CollectFields: groups the fields of selection sets by response key for an object type.</summary>
internal static class FieldCollector
{
    public static SelectionPlan Collect(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ObjectType type,
        SelectionSetNode selectionSet)
    {
        var state = new State(schema, fragments, variables, type);
        state.Collect(selectionSet);
        return state.ToPlan();
    }

    /// <summary>§6.4.3 CollectSubfields: the merged sub-selections of every field node of a selection.</summary>
    public static SelectionPlan CollectSubfields(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ObjectType type,
        List<FieldNode> nodes)
    {
        var state = new State(schema, fragments, variables, type);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                state.Collect(selectionSet);
            }
        }

        return state.ToPlan();
    }

    /// <summary>§6.3.2 DoesFragmentTypeApply.</summary>
    public static bool DoesFragmentTypeApply(GraphQLSchema schema, ObjectType objectType, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(typeCondition.Name.Value);
        return conditionType switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            InterfaceType or UnionType => schema.IsSubType(conditionType, objectType),
            _ => false,
        };
    }

    private sealed class State(GraphQLSchema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables, ObjectType type)
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _groups = [];
        private HashSet<string>? _visitedFragments;
        private bool _isStatic = true;

        public void Collect(SelectionSetNode selectionSet)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        Add(field);
                        break;
                    case InlineFragmentNode inline:
                        if (DoesFragmentTypeApply(schema, type, inline.TypeCondition))
                        {
                            Collect(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var name = spread.Name.Value;
                        if (!(_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
                        {
                            continue;
                        }

                        if (fragments.TryGetValue(name, out var fragment) && DoesFragmentTypeApply(schema, type, fragment.TypeCondition))
                        {
                            Collect(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        public SelectionPlan ToPlan()
        {
            var fields = new List<FieldSelection>(_groups.Count);
            foreach (var (key, nodes) in _groups)
            {
                // A field the type does not define is left out (graphql-js); validation reports it.
                if (GetFieldDefinition(schema, type, nodes[0].Name.Value) is { } field)
                {
                    fields.Add(new FieldSelection(key, field, nodes));
                }
            }

            return new SelectionPlan(fields.ToArray(), _isStatic);
        }

        private void Add(FieldNode field)
        {
            var key = field.ResponseKey;
            foreach (var group in _groups)
            {
                if (group.Key == key)
                {
                    group.Nodes.Add(field);
                    return;
                }
            }

            _groups.Add((key, [field]));
        }

        /// <summary>§6.3.2 steps b–c: @skip(if:) and @include(if:).</summary>
        private bool ShouldInclude(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if (name is not ("skip" or "include"))
                {
                    continue;
                }

                var condition = false;
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value != "if")
                    {
                        continue;
                    }

                    switch (argument.Value)
                    {
                        case BooleanValueNode b:
                            condition = b.Value;
                            break;
                        case VariableNode v:
                            _isStatic = false;
                            condition = variables.TryGetValue(v.Name.Value, out var value) && value is true;
                            break;
                    }
                }

                if (name == "skip" ? condition : !condition)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The field a field node selects on <paramref name="type"/>, including the introspection meta-fields (§4.1).</summary>
    public static FieldDefinition? GetFieldDefinition(GraphQLSchema schema, ObjectType type, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename")
            {
                return IntrospectionTypes.TypeNameField;
            }

            if (ReferenceEquals(type, schema.QueryType))
            {
                if (name == "__schema")
                {
                    return IntrospectionTypes.SchemaField;
                }

                if (name == "__type")
                {
                    return IntrospectionTypes.TypeField;
                }
            }
        }

        return type.GetField(name);
    }
}
