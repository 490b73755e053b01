using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Types;

/// <summary>§3 A type with a name in the schema's type map: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The SDL definition this type was built from, when it came from SDL.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>The SDL extensions (<c>extend type …</c>) applied to this type, in document order.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes { get; internal set; } = [];

    public override string ToString() => Name;
}
