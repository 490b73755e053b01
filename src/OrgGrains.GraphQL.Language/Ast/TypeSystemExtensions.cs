namespace OrgGrains.GraphQL.Language;

/// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const] (§3.3.2).</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override Kind Kind => Kind.SchemaExtension;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get => field ?? []; init; }
}

/// <summary>TypeExtension : Scalar-, Object-, Interface-, Union-, Enum- or InputObjectTypeExtension (§3.4.3).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode()
    {
    }

    public required NameNode Name { get; init; }
}

/// <summary>ScalarTypeExtension : extend scalar Name Directives[Const] (§3.5.1).</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ScalarTypeExtension;
}

/// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition, or without fields (§3.6.3).</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}

/// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition, or without fields (§3.7.1).</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}

/// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const] (§3.8.1).</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get => field ?? []; init; }
}

/// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const] (§3.9.1).</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get => field ?? []; init; }
}

/// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const] (§3.10.1).</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override Kind Kind => Kind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get => field ?? []; init; }
}
