using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// Bounds how deeply an introspection query nests the list fields of <c>__Type</c> (fields,
/// interfaces, possibleTypes, inputFields), which otherwise let a small query produce a huge
/// response. Not a rule of §5, but one graphql-js 16 runs by default (its "recommended rules").
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public string SpecifiedBy => Spec.Introspection;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        // Per fragment, shared by all checks: the greatest entry depth at which a check of it
        // finished under the limit, and the smallest at which one reached the limit.
        private Dictionary<string, int>? _checkedFragments;
        private Dictionary<string, int>? _exceededFragments;

        public override VisitAction EnterField(FieldNode node, ValidationContext context)
        {
            if (node.Name.Value is not ("__schema" or "__type"))
            {
                return VisitAction.Continue;
            }

            // Per fragment, the greatest entry depth at which this check visited it (visits in progress included).
            var visitedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
            if (CheckDepth(node, visitedFragments, 0, context))
            {
                context.ReportError("Maximum introspection depth exceeded", node);
                return VisitAction.SkipChildren;
            }

            return VisitAction.Continue;
        }

        private bool CheckDepth(AstNode node, Dictionary<string, int> visitedFragments, int depth, ValidationContext context)
        {
            if (node is FragmentSpreadNode spread)
            {
                var fragmentName = spread.Name.Value;

                // A check that reached the limit reaches it again from an equal or greater depth.
                if (_exceededFragments is not null && _exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
                {
                    return true;
                }

                // From an equal or shallower depth, a revisit breaks a cycle or repeats a check that passed.
                if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth) ||
                    (_checkedFragments is not null && _checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
                {
                    return false;
                }

                // Unknown fragments are KnownFragmentNamesRule's to report.
                if (context.GetFragment(fragmentName) is not { } fragment)
                {
                    return false;
                }

                visitedFragments[fragmentName] = depth;
                if (CheckDepth(fragment, visitedFragments, depth, context))
                {
                    (_exceededFragments ??= new Dictionary<string, int>(StringComparer.Ordinal))[fragmentName] = depth;
                    return true;
                }

                (_checkedFragments ??= new Dictionary<string, int>(StringComparer.Ordinal))[fragmentName] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth)
                {
                    return true;
                }
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inlineFragment => inlineFragment.SelectionSet,
                FragmentDefinitionNode fragmentDefinition => fragmentDefinition.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (CheckDepth(child, visitedFragments, depth, context))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
