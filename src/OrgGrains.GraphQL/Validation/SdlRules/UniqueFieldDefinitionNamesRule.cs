using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.6 Objects (and interfaces, input objects): a type defines each field once, over its definition and extensions.</summary>
public sealed class UniqueFieldDefinitionNamesRule : IValidationRule
{
    public string SpecifiedBy => Spec.Objects;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, Dictionary<string, NameNode>> _knownFieldNames = new(StringComparer.Ordinal);

        public override VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, ValidationContext context) =>
            CheckFieldUniqueness(node.Name.Value, node.Fields.Select(static f => f.Name), context);

        public override VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, ValidationContext context) =>
            CheckFieldUniqueness(node.Name.Value, node.Fields.Select(static f => f.Name), context);

        public override VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, ValidationContext context) =>
            CheckFieldUniqueness(node.Name.Value, node.Fields.Select(static f => f.Name), context);

        public override VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, ValidationContext context) =>
            CheckFieldUniqueness(node.Name.Value, node.Fields.Select(static f => f.Name), context);

        public override VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, ValidationContext context) =>
            CheckFieldUniqueness(node.Name.Value, node.Fields.Select(static f => f.Name), context);

        public override VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, ValidationContext context) =>
            CheckFieldUniqueness(node.Name.Value, node.Fields.Select(static f => f.Name), context);

        private VisitAction CheckFieldUniqueness(string typeName, IEnumerable<NameNode> fieldNames, ValidationContext context)
        {
            if (!_knownFieldNames.TryGetValue(typeName, out var known))
            {
                known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                _knownFieldNames[typeName] = known;
            }

            foreach (var fieldName in fieldNames)
            {
                if (HasField(context.SchemaOrNull?.GetType(typeName), fieldName.Value))
                {
                    context.ReportError(
                        $"Field \"{typeName}.{fieldName.Value}\" already exists in the schema. It cannot also be defined in this type extension.",
                        fieldName);
                }
                else if (known.TryGetValue(fieldName.Value, out var first))
                {
                    context.ReportError($"Field \"{typeName}.{fieldName.Value}\" can only be defined once.", first, fieldName);
                }
                else
                {
                    known[fieldName.Value] = fieldName;
                }
            }

            return VisitAction.SkipChildren;
        }

        private static bool HasField(NamedType? type, string fieldName) => type switch
        {
            ComplexType complex => complex.Fields[fieldName] is not null,
            InputObjectType input => input.Fields[fieldName] is not null,
            _ => false,
        };
    }
}
