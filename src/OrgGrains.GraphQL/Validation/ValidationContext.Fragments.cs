using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

public sealed partial class ValidationContext
{
    // graphql-js 16.15 bounds the work spent following fragment spreads, so that a small hostile
    // document cannot make validation slow; past the budget validation ends with "Validation aborted.".
    private int _remainingFragmentWork = 50_000;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private bool _fragmentsFound;
    private Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, IReadOnlyList<FragmentDefinitionNode>>? _recursivelyReferencedFragments;
    private Stack<SelectionSetNode>? _setsToVisit;
    private IReadOnlyDictionary<string, DirectiveDefinitionNode>? _documentDirectives;
    private bool _documentDirectivesFound;

    /// <summary>The fragment named <paramref name="name"/> (the last one, as in graphql-js, when the name is defined twice).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (!_fragmentsFound)
        {
            _fragmentsFound = true;
            _fragments?.Clear();
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    (_fragments ??= new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal))[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments?.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads inside <paramref name="selectionSet"/> (not following them), in graphql-js's order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads is not null && _fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        // Depth first with a stack, as graphql-js does: the order decides the order of some errors.
        List<FragmentSpreadNode>? spreads = null;
        var setsToVisit = _setsToVisit ??= new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        (spreads ??= []).Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        setsToVisit.Push(fieldSelectionSet);
                        break;
                    case InlineFragmentNode inlineFragment:
                        setsToVisit.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }

        if (spreads is null)
        {
            // Finding none again is as cheap as remembering it.
            return [];
        }

        _fragmentSpreads ??= new Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>>(ReferenceEqualityComparer.Instance);
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment the operation spreads, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetFragmentSpreads(operation.SelectionSet).Count == 0 ? [] : GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment the operations spread, directly or through other fragments, in graphql-js's order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var fragmentNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    fragmentNames.Add(spread.Name.Value);
                }
            }
        }

        if (fragmentNames.Count == 0)
        {
            return [];
        }

        var key = SetKey(fragmentNames);
        _recursivelyReferencedFragments ??= new Dictionary<string, IReadOnlyList<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_recursivelyReferencedFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(fragmentNames.Count);

        // The list grows while it is read, as graphql-js's Set does while iterated.
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            if (GetFragment(fragmentNames[i]) is { } fragment)
            {
                fragments.Add(fragment);
                var spreads = GetFragmentSpreads(fragment.SelectionSet);
                SpendFragmentWork(spreads.Count);
                foreach (var spread in spreads)
                {
                    if (seen.Add(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }
                }
            }
        }

        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }

    /// <summary>The document's own directive definitions by name (the last of a name wins, as in graphql-js); null when it has none.</summary>
    internal IReadOnlyDictionary<string, DirectiveDefinitionNode>? DocumentDirectives
    {
        get
        {
            if (!_documentDirectivesFound)
            {
                _documentDirectives = Validation.DocumentDirectives.Find(Document);
                _documentDirectivesFound = true;
            }

            return _documentDirectives;
        }
    }

    private void ForgetFragments()
    {
        _remainingFragmentWork = 50_000;
        _fragments?.Clear();
        _fragmentsFound = false;
        _fragmentSpreads?.Clear();
        _recursivelyReferencedFragments?.Clear();
        _setsToVisit?.Clear();
        _documentDirectives = null;
        _documentDirectivesFound = false;
    }

    /// <summary>Charges <paramref name="cost"/> to the fragment work budget; ends validation when it runs out.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(tooMuchWork: true);
        }
    }

    // graphql-js caches by the set of names, whatever their order.
    private static string SetKey(List<string> names)
    {
        if (names.Count == 1)
        {
            return names[0];
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(',', sorted);
    }
}
