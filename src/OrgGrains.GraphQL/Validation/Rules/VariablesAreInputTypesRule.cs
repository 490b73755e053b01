using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object type (possibly wrapped).</summary>
public sealed class VariablesAreInputTypesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.VariablesAreInputTypes;

    public override VisitAction EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
        // Whether a wrapped type is an input type depends only on the named type inside it.
        var typeNode = node.Type;
        while (typeNode is not NamedTypeNode)
        {
            typeNode = typeNode is ListTypeNode list ? list.Type : ((NonNullTypeNode)typeNode).Type;
        }

        if (context.Schema.GetType(((NamedTypeNode)typeNode).Name.Value) is { } type && !TypePredicates.IsInputType(type))
        {
            context.ReportError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                node.Type);
        }

        return VisitAction.Continue;
    }
}
