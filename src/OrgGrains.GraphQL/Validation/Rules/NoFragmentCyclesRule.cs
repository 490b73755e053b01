using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.5.2.2 Fragment Spreads Must Not Form Cycles: a fragment may not spread itself, directly or
/// through other fragments. A depth-first search over the spread graph that reports every cycle once.
/// </summary>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public string SpecifiedBy => Spec.FragmentSpreadsMustNotFormCycles;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    /// <summary>Creates the search's state only when the document has a fragment.</summary>
    private sealed class Visitor : ValidationVisitor
    {
        private CycleSearch? _search;

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) =>
            (_search ??= new CycleSearch()).EnterFragmentDefinition(node, context);
    }

    private sealed class CycleSearch
    {
        // Visited fragments keep the search linear and stop a cycle from being reported twice.
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
        {
            DetectCycleRecursive(node, context);
            return VisitAction.SkipChildren;
        }

        private void DetectCycleRecursive(FragmentDefinitionNode fragment, ValidationContext context)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visitedFragments.Add(fragmentName))
            {
                return;
            }

            var spreadNodes = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreadNodes.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spreadNode in spreadNodes)
            {
                var spreadName = spreadNode.Name.Value;
                _spreadPath.Add(spreadNode);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment)
                    {
                        DetectCycleRecursive(spreadFragment, context);
                    }
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cyclePath);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
