using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.2.2.1 Operation Name Uniqueness: no two operations may share a name.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public string SpecifiedBy => Spec.OperationNameUniqueness;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private Dictionary<string, NameNode>? _knownOperationNames;

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
        {
            if (node.Name is { } operationName)
            {
                _knownOperationNames ??= new Dictionary<string, NameNode>(StringComparer.Ordinal);
                if (_knownOperationNames.TryGetValue(operationName.Value, out var known))
                {
                    context.ReportError($"There can be only one operation named \"{operationName.Value}\".", known, operationName);
                }
                else
                {
                    _knownOperationNames[operationName.Value] = operationName;
                }
            }

            return VisitAction.SkipChildren;
        }

        public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => VisitAction.SkipChildren;
    }
}
