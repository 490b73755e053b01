using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.9 Enums: an enum defines each value once, over its definition and extensions.</summary>
public sealed class UniqueEnumValueNamesRule : IValidationRule
{
    public string SpecifiedBy => Spec.Enums;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _knownValueNames = new(StringComparer.Ordinal);

        public override VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, ValidationContext context) =>
            CheckValueUniqueness(node.Name.Value, node.Values, context);

        public override VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, ValidationContext context) =>
            CheckValueUniqueness(node.Name.Value, node.Values, context);

        private VisitAction CheckValueUniqueness(string typeName, IReadOnlyList<EnumValueDefinitionNode> values, ValidationContext context)
        {
            if (!_knownValueNames.TryGetValue(typeName, out var valueNames))
            {
                valueNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _knownValueNames[typeName] = valueNames;
            }

            foreach (var valueDefinition in values)
            {
                var valueName = valueDefinition.Name.Value;
                if (context.SchemaOrNull?.GetType(typeName) is EnumType existingType && existingType.Values[valueName] is not null)
                {
                    context.ReportError(
                        $"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.",
                        valueDefinition.Name);
                }
                else if (valueNames.TryGetValue(valueName, out var known))
                {
                    context.ReportError($"Enum value \"{typeName}.{valueName}\" can only be defined once.", known, valueDefinition.Name);
                }
                else
                {
                    valueNames[valueName] = valueDefinition.Name;
                }
            }

            return VisitAction.SkipChildren;
        }
    }
}
