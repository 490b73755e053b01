using System.Collections.Concurrent;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// One entry of CollectFields' result (§6.3.2): a response key, the field nodes merged under it and
/// the field they select. Kept in the document cache, with the arguments when they use no variables
/// and the sub-selections per object type, so repeated requests skip collection and coercion.
/// </summary>
internal sealed class FieldSelection
{
    private ConcurrentDictionary<ObjectType, SelectionPlan>? _subPlans;

    // Most fields always return the same object type: remember the last plan without a lookup.
    private PlanEntry? _lastPlan;
    private System.Text.Json.JsonEncodedText? _encodedKey;
    private IReadOnlyList<SourceLocation>? _locations;

    public FieldSelection(string responseKey, FieldDefinition field, List<FieldNode> nodes)
    {
        ResponseKey = responseKey;
        Field = field;
        Nodes = nodes;
        ArgumentsUseVariables = UsesVariables(nodes[0].Arguments);
    }

    public string ResponseKey { get; }

    /// <summary>The response key encoded for the JSON writer once, not on every response.</summary>
    public System.Text.Json.JsonEncodedText EncodedKey => _encodedKey ??= System.Text.Json.JsonEncodedText.Encode(ResponseKey, ResponseWriter.Encoder);

    public FieldDefinition Field { get; }

    public List<FieldNode> Nodes { get; }

    public bool ArgumentsUseVariables { get; }

    /// <summary>
    /// The completed value of a <c>__schema</c> or <c>__type</c> selection whose whole sub-tree uses no
    /// variable: it depends on the schema alone, so every later request of the cached document reuses it.
    /// </summary>
    public object? ConstantResult { get; set; }

    private bool? _isConstant;

    /// <summary>True for an introspection root field whose sub-tree (fragments included) uses no variable.</summary>
    public bool IsConstant(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        // Computed apart: the lambdas' closure would otherwise be allocated on every call.
        return _isConstant ??= ComputeIsConstant(fragments);
    }

    private bool ComputeIsConstant(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments) =>
        (ReferenceEquals(Field, Introspection.IntrospectionTypes.SchemaField) || ReferenceEquals(Field, Introspection.IntrospectionTypes.TypeField)) &&
        !ArgumentsUseVariables && !Nodes.Any(n => n.Directives.Any(d => UsesVariables(d.Arguments))) &&
        !Nodes.Any(n => n.SelectionSet is { } set && UsesVariables(set, fragments, new HashSet<string>(StringComparer.Ordinal)));

    private static bool UsesVariables(SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (UsesVariables(directive.Arguments))
                {
                    return true;
                }
            }

            switch (selection)
            {
                case FieldNode field when UsesVariables(field.Arguments) || field.SelectionSet is { } set && UsesVariables(set, fragments, visited):
                    return true;
                case InlineFragmentNode inline when UsesVariables(inline.SelectionSet, fragments, visited):
                    return true;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) &&
                                                    fragments.TryGetValue(spread.Name.Value, out var fragment) &&
                                                    (fragment.Directives.Any(d => UsesVariables(d.Arguments)) || UsesVariables(fragment.SelectionSet, fragments, visited)):
                    return true;
            }
        }

        return false;
    }

    /// <summary>The coerced arguments when they use no variables and coerced without error (set on first use).</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments { get; set; }

    public IReadOnlyList<SourceLocation>? Locations => _locations ??= Utilities.Locations.Of(Nodes);

    public bool TryGetSubPlan(ObjectType type, out SelectionPlan plan)
    {
        var last = _lastPlan;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            plan = last.Plan;
            return true;
        }

        if (_subPlans is not null && _subPlans.TryGetValue(type, out plan!))
        {
            _lastPlan = new PlanEntry(type, plan);
            return true;
        }

        plan = null!;
        return false;
    }

    public void CacheSubPlan(ObjectType type, SelectionPlan plan)
    {
        if (plan.IsStatic)
        {
            (_subPlans ??= new ConcurrentDictionary<ObjectType, SelectionPlan>()).TryAdd(type, plan);
            _lastPlan = new PlanEntry(type, plan);
        }
    }

    private sealed record PlanEntry(ObjectType Type, SelectionPlan Plan);

    private static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var a in arguments)
        {
            if (UsesVariables(a.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UsesVariables(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode l => l.Values.Any(UsesVariables),
        ObjectValueNode o => o.Fields.Any(f => UsesVariables(f.Value)),
        _ => false,
    };
}

/// <summary>The grouped field set of an object type for some selection sets (§6.3.2).</summary>
internal sealed class SelectionPlan(FieldSelection[] fields, bool isStatic)
{
    public FieldSelection[] Fields { get; } = fields;

    /// <summary>True when no @skip/@include depends on a variable, so the plan may be reused.</summary>
    public bool IsStatic { get; } = isStatic;
}
