using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.5.1.1 Fragment Name Uniqueness: no two fragments may share a name.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public string SpecifiedBy => Spec.FragmentNameUniqueness;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private Dictionary<string, NameNode>? _knownFragmentNames;

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
        {
            var fragmentName = node.Name.Value;
            _knownFragmentNames ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
            if (_knownFragmentNames.TryGetValue(fragmentName, out var known))
            {
                context.ReportError($"There can be only one fragment named \"{fragmentName}\".", known, node.Name);
            }
            else
            {
                _knownFragmentNames[fragmentName] = node.Name;
            }

            return VisitAction.SkipChildren;
        }
    }
}
