namespace OrgGrains.GraphQL.Language;

/// <summary>Document : Definition+ (§2.3).</summary>
public sealed class DocumentNode : AstNode
{
    public override Kind Kind => Kind.Document;

    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }

    /// <summary>How many lexical tokens the parser read (graphql-js's <c>tokenCount</c>); 0 for documents built in code.</summary>
    public int TokenCount { get; init; }
}

/// <summary>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension (§2.3).</summary>
public abstract class DefinitionNode : AstNode
{
    private protected DefinitionNode()
    {
    }
}

/// <summary>ExecutableDefinition : OperationDefinition | FragmentDefinition (§2.3).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    private protected ExecutableDefinitionNode()
    {
    }

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition (§3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode, IHasDescription
{
    private protected TypeSystemDefinitionNode()
    {
    }

    public StringValueNode? Description { get; init; }
}

/// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (§3).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    private protected TypeSystemExtensionNode()
    {
    }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
