using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.1.1 Executable Definitions: a document to execute may hold only operations and fragments.
/// </summary>
public sealed class ExecutableDefinitionsRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.ExecutableDefinitions;

    public override VisitAction EnterDocument(DocumentNode node, ValidationContext context)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "schema",
            };
            context.ReportError($"The {name} definition is not executable.", definition);
        }

        return VisitAction.SkipChildren;
    }
}
