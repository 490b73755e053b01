using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.6.3 Input Object Field Uniqueness: an input object literal gives each field once.</summary>
public sealed class UniqueInputFieldNamesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.InputObjectFieldUniqueness;

    // Reported field by field, as graphql-js does, so errors inside earlier fields' values come first.
    public override VisitAction EnterObjectField(ObjectFieldNode node, ValidationContext context)
    {
        if (context.Parent is not ObjectValueNode parent)
        {
            return VisitAction.Continue;
        }

        var name = node.Name.Value;
        foreach (var field in parent.Fields)
        {
            if (ReferenceEquals(field, node))
            {
                break;
            }

            if (field.Name.Value == name)
            {
                context.ReportError($"There can be only one input field named \"{name}\".", field.Name, node.Name);
                break;
            }
        }

        return VisitAction.Continue;
    }
}
