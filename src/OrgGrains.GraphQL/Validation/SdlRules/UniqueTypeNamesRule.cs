using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.4 Types: no two types share a name, nor may an SDL extension redefine a type of the schema it extends.</summary>
public sealed class UniqueTypeNamesRule : IValidationRule
{
    public string SpecifiedBy => Spec.Types;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<string, NameNode> _knownTypeNames = new(StringComparer.Ordinal);

        public override VisitAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node, ValidationContext context) => CheckTypeName(node, context);

        public override VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, ValidationContext context) => CheckTypeName(node, context);

        public override VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, ValidationContext context) => CheckTypeName(node, context);

        public override VisitAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node, ValidationContext context) => CheckTypeName(node, context);

        public override VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, ValidationContext context) => CheckTypeName(node, context);

        public override VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, ValidationContext context) => CheckTypeName(node, context);

        private VisitAction CheckTypeName(TypeDefinitionNode node, ValidationContext context)
        {
            var typeName = node.Name.Value;
            if (context.SchemaOrNull?.GetType(typeName) is not null)
            {
                context.ReportError($"Type \"{typeName}\" already exists in the schema. It cannot also be defined in this type definition.", node.Name);
                return VisitAction.Continue;
            }

            if (_knownTypeNames.TryGetValue(typeName, out var known))
            {
                context.ReportError($"There can be only one type named \"{typeName}\".", known, node.Name);
            }
            else
            {
                _knownTypeNames[typeName] = node.Name;
            }

            return VisitAction.SkipChildren;
        }
    }
}
