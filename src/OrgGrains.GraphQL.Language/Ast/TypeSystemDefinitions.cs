namespace OrgGrains.GraphQL.Language;

/// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (§3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    public override Kind Kind => Kind.SchemaDefinition;

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

/// <summary>RootOperationTypeDefinition : OperationType : NamedType (§3.3.1).</summary>
public sealed class OperationTypeDefinitionNode : AstNode
{
    public override Kind Kind => Kind.OperationTypeDefinition;

    public required OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}

/// <summary>TypeDefinition : Scalar-, Object-, Interface-, Union-, Enum- or InputObjectTypeDefinition (§3.4).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode, IHasDirectives
{
    private protected TypeDefinitionNode()
    {
    }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}

/// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (§3.5).</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ScalarTypeDefinition;
}

/// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (§3.6).</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}

/// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]? (§3.6).</summary>
public sealed class FieldDefinitionNode : AstNode, IHasDirectives, IHasDescription
{
    public override Kind Kind => Kind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get => field ?? []; init; }

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}

/// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]? (§3.6.1, §3.10).</summary>
public sealed class InputValueDefinitionNode : AstNode, IHasDirectives, IHasDescription
{
    public override Kind Kind => Kind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}

/// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (§3.7).</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}

/// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (§3.8).</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get => field ?? []; init; }
}

/// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (§3.9).</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get => field ?? []; init; }
}

/// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]? (§3.9).</summary>
public sealed class EnumValueDefinitionNode : AstNode, IHasDirectives, IHasDescription
{
    public override Kind Kind => Kind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}

/// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (§3.10).</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override Kind Kind => Kind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get => field ?? []; init; }
}

/// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (§3.13).</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override Kind Kind => Kind.DirectiveDefinition;

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get => field ?? []; init; }

    public bool Repeatable { get; init; }

    /// <summary>The locations as written (e.g. <c>FIELD_DEFINITION</c>); see <see cref="DirectiveLocations.TryParse"/>.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
