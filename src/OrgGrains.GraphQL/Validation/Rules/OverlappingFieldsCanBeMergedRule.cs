using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.3.2 Field Selection Merging: fields that answer under the same response name, wherever they
/// come from (fragments included), are the same field with the same arguments — unless their
/// parents are different object types — and have shapes that can be merged. graphql-js's algorithm:
/// field collections are cached per selection set, fragment pairs and field pairs compared once,
/// so the work stays polynomial; a budget bounds the work on hostile documents.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    // Diagnostic detail stays bounded whatever the document's size.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    // Work that grows with repeated comparisons is metered; collecting fields is cached and free.
    private const int MaxComplexityBudget = 500_000;

    public string SpecifiedBy => Spec.FieldSelectionMerging;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private Comparison? _comparison;

        public override VisitAction EnterSelectionSet(SelectionSetNode node, ValidationContext context)
        {
            // Inline fragments merge into the enclosing response level, which is checked as a whole.
            if (context.Parent is InlineFragmentNode || !MayConflict(node))
            {
                return VisitAction.Continue;
            }

            _comparison ??= new Comparison(context);
            foreach (var conflict in _comparison.FindConflictsWithinSelectionSet(context.ParentType, node))
            {
                context.ReportError(
                    $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    conflict.Fields1.Concat(conflict.Fields2));
            }

            return VisitAction.Continue;
        }

        /// <summary>
        /// Only fields sharing a response name, or fragments, can conflict at this level (deeper
        /// levels are visited on their own); a set of plain fields with distinct names needs no work.
        /// </summary>
        private static bool MayConflict(SelectionSetNode node)
        {
            var selections = node.Selections;
            if (selections.Count <= 1)
            {
                return selections.Count == 1 && selections[0] is InlineFragmentNode;
            }

            for (var i = 0; i < selections.Count; i++)
            {
                if (selections[i] is not FieldNode field)
                {
                    return true;
                }

                var key = field.ResponseKey;
                for (var j = 0; j < i; j++)
                {
                    if (((FieldNode)selections[j]).ResponseKey == key)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    /// <summary>Two fields that answer under one response name and cannot be merged, and why.</summary>
    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);
}
