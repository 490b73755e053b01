using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.7.3 Directives Are Unique Per Location: a directive that is not repeatable is used at most
/// once on a node — and, in SDL, at most once over a type (or the schema) and all its extensions.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public string SpecifiedBy => Spec.DirectivesAreUniquePerLocation;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private Dictionary<string, DirectiveNode>? _schemaDirectives;
        private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

        // Many kinds of node carry directives; rather than list them, look at every node.
        public override VisitAction Enter(AstNode node, ValidationContext context)
        {
            if (node is not IHasDirectives { Directives: { Count: > 0 } directives })
            {
                return VisitAction.Continue;
            }

            Dictionary<string, DirectiveNode>? seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = _schemaDirectives ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    break;
                case TypeDefinitionNode or TypeExtensionNode:
                {
                    var typeName = node is TypeDefinitionNode definition ? definition.Name.Value : ((TypeExtensionNode)node).Name.Value;
                    _typeDirectives ??= new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
                    if (!_typeDirectives.TryGetValue(typeName, out seen))
                    {
                        seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                        _typeDirectives[typeName] = seen;
                    }

                    break;
                }

                default:
                    if (directives.Count == 1)
                    {
                        // A lone directive on an executable node cannot repeat.
                        return VisitAction.Continue;
                    }

                    seen = null;
                    break;
            }

            for (var i = 0; i < directives.Count; i++)
            {
                var directive = directives[i];
                var name = directive.Name.Value;
                if (!IsUnique(name, context))
                {
                    continue;
                }

                if (seen is not null)
                {
                    if (seen.TryGetValue(name, out var first))
                    {
                        Report(context, first, directive);
                    }
                    else
                    {
                        seen[name] = directive;
                    }

                    continue;
                }

                for (var j = 0; j < i; j++)
                {
                    if (directives[j].Name.Value == name)
                    {
                        Report(context, directives[j], directive);
                        break;
                    }
                }
            }

            return VisitAction.Continue;
        }

        private static bool IsUnique(string name, ValidationContext context)
        {
            if (context.DocumentDirectives?.GetValueOrDefault(name) is { } definition)
            {
                return !definition.Repeatable;
            }

            return DocumentDirectives.Defined(context, name) is { IsRepeatable: false };
        }

        private static void Report(ValidationContext context, DirectiveNode first, DirectiveNode repeated) =>
            context.ReportError($"The directive \"@{repeated.Name.Value}\" can only be used once at this location.", first, repeated);
    }
}
