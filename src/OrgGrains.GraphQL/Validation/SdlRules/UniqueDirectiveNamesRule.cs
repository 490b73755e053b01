using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.13 Directives: no two directives share a name, nor may an SDL extension redefine one of the schema.</summary>
public sealed class UniqueDirectiveNamesRule : IValidationRule
{
    public string SpecifiedBy => Spec.TypeSystemDirectives;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownDirectiveNames = new(StringComparer.Ordinal);

        public override VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, ValidationContext context)
        {
            var directiveName = node.Name.Value;
            if (context.SchemaOrNull?.GetDirective(directiveName) is not null)
            {
                context.ReportError($"Directive \"@{directiveName}\" already exists in the schema. It cannot be redefined.", node.Name);
                return VisitAction.Continue;
            }

            if (_knownDirectiveNames.TryGetValue(directiveName, out var known))
            {
                context.ReportError($"There can be only one directive named \"@{directiveName}\".", known, node.Name);
            }
            else
            {
                _knownDirectiveNames[directiveName] = node.Name;
            }

            return VisitAction.SkipChildren;
        }
    }
}
