using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// A place where a variable is used: the expected input type there (null when unknown), whether
/// that argument or input field has a default value, and the input type of the enclosing value.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasDefaultValue, GraphQLType? ParentType);

public sealed partial class ValidationContext
{
    private Dictionary<AstNode, IReadOnlyList<VariableUsage>>? _variableUsages;
    private Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>? _recursiveVariableUsages;
    private Dictionary<IReadOnlyList<FragmentDefinitionNode>, IReadOnlyList<VariableUsage>>? _fragmentVariableUsages;

    // Most documents have one operation: its usages are kept without a dictionary.
    private OperationDefinitionNode? _lastOperation;
    private IReadOnlyList<VariableUsage>? _lastOperationUsages;

    private void ForgetVariableUsages()
    {
        _variableUsages?.Clear();
        _recursiveVariableUsages?.Clear();
        _fragmentVariableUsages?.Clear();
        _lastOperation = null;
        _lastOperationUsages = null;
    }

    /// <summary>The variables used directly in an operation or fragment (not in the fragments it spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages is not null && _variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        // The walk's own type information is borrowed: the collector leaves its stacks as it found them.
        var typeInfo = TypeInfo;
        var (directive, argument, enumValue) = typeInfo.SaveScalars();
        var collector = new VariableUsageCollector(typeInfo);
        collector.Definition(definition);
        typeInfo.RestoreScalars(directive, argument, enumValue);
        if (collector.Usages is null)
        {
            // Finding none again is as cheap as remembering it.
            return [];
        }

        _variableUsages ??= new Dictionary<AstNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables an operation uses, directly or in the fragments it spreads.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (ReferenceEquals(operation, _lastOperation))
        {
            return _lastOperationUsages!;
        }

        if (_recursiveVariableUsages is not null && _recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        IReadOnlyList<VariableUsage> fragmentUsages = [];
        if (fragments.Count > 0)
        {
            _fragmentVariableUsages ??= new Dictionary<IReadOnlyList<FragmentDefinitionNode>, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
            if (!_fragmentVariableUsages.TryGetValue(fragments, out fragmentUsages!))
            {
                SpendFragmentWork(fragments.Count);
                var list = new List<VariableUsage>();
                foreach (var fragment in fragments)
                {
                    var local = GetVariableUsages(fragment);
                    SpendFragmentWork(local.Count);
                    list.AddRange(local);
                }

                fragmentUsages = list;
                _fragmentVariableUsages[fragments] = fragmentUsages;
            }

            SpendFragmentWork(fragmentUsages.Count);
        }

        var own = GetVariableUsages(operation);
        IReadOnlyList<VariableUsage> usages;
        if (fragmentUsages.Count == 0)
        {
            usages = own;
        }
        else if (own.Count == 0)
        {
            usages = fragmentUsages;
        }
        else
        {
            var all = new List<VariableUsage>(own.Count + fragmentUsages.Count);
            all.AddRange(own);
            all.AddRange(fragmentUsages);
            usages = all;
        }

        if (_lastOperation is not null)
        {
            _recursiveVariableUsages ??= new Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>>(ReferenceEqualityComparer.Instance);
            _recursiveVariableUsages[_lastOperation] = _lastOperationUsages!;
        }

        _lastOperation = operation;
        _lastOperationUsages = usages;
        return usages;
    }

    /// <summary>Walks one definition the way graphql-js's visitor does (variable definitions excluded), keeping type information.</summary>
    private struct VariableUsageCollector(TypeInfo typeInfo)
    {
        public List<VariableUsage>? Usages;

        public void Definition(ExecutableDefinitionNode definition)
        {
            typeInfo.Enter(definition);
            Directives(definition.Directives);
            SelectionSet(definition.SelectionSet);
            typeInfo.Leave(definition);
        }

        private void SelectionSet(SelectionSetNode selectionSet)
        {
            typeInfo.Enter(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                typeInfo.Enter(selection);
                switch (selection)
                {
                    case FieldNode field:
                        foreach (var argument in field.Arguments)
                        {
                            Argument(argument);
                        }

                        Directives(field.Directives);
                        if (field.SelectionSet is { } fieldSelectionSet)
                        {
                            SelectionSet(fieldSelectionSet);
                        }

                        break;
                    case InlineFragmentNode inlineFragment:
                        Directives(inlineFragment.Directives);
                        SelectionSet(inlineFragment.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        Directives(spread.Directives);
                        break;
                }

                typeInfo.Leave(selection);
            }

            typeInfo.Leave(selectionSet);
        }

        private void Directives(IReadOnlyList<DirectiveNode> directives)
        {
            foreach (var directive in directives)
            {
                if (directive.Arguments.Count == 0)
                {
                    continue;
                }

                typeInfo.Enter(directive);
                foreach (var argument in directive.Arguments)
                {
                    Argument(argument);
                }

                typeInfo.Leave(directive);
            }
        }

        private void Argument(ArgumentNode argument)
        {
            if (argument.Value is IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode)
            {
                return;
            }

            typeInfo.Enter(argument);
            Value(argument.Value);
            typeInfo.Leave(argument);
        }

        private void Value(ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable:
                    (Usages ??= []).Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.HasDefaultValue, typeInfo.ParentInputType));
                    break;
                case ListValueNode list:
                    typeInfo.Enter(list);
                    foreach (var item in list.Values)
                    {
                        Value(item);
                    }

                    typeInfo.Leave(list);
                    break;
                case ObjectValueNode obj:
                    foreach (var field in obj.Fields)
                    {
                        typeInfo.Enter(field);
                        Value(field.Value);
                        typeInfo.Leave(field);
                    }

                    break;
            }
        }
    }
}
