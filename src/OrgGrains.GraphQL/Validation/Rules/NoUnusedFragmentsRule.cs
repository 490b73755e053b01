using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.5.1.4 Fragments Must Be Used: every fragment is spread by some operation, directly or through other fragments.</summary>
public sealed class NoUnusedFragmentsRule : IValidationRule
{
    public string SpecifiedBy => Spec.FragmentsMustBeUsed;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private List<FragmentDefinitionNode>? _fragments;

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
        {
            (_fragments ??= []).Add(node);
            return VisitAction.SkipChildren;
        }

        public override void LeaveDocument(DocumentNode node, ValidationContext context)
        {
            if (_fragments is null)
            {
                return;
            }

            var operations = new List<OperationDefinitionNode>();
            foreach (var definition in node.Definitions)
            {
                if (definition is OperationDefinitionNode operation)
                {
                    operations.Add(operation);
                }
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragmentsForOperations(operations))
            {
                used.Add(fragment.Name.Value);
            }

            foreach (var fragment in _fragments)
            {
                if (!used.Contains(fragment.Name.Value))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }
        }
    }
}
