using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// OperationDefinition (§2.4):
/// <c>Description? OperationType Name? VariableDefinitions? Directives? SelectionSet</c> or the
/// shorthand <c>SelectionSet</c> (a query without a name).
/// </summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.OperationDefinition;

    public required OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get => field ?? []; init; }
}

/// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]? (§2.11).</summary>
public sealed class VariableDefinitionNode : AstNode, IHasDirectives, IHasDescription
{
    public override Kind Kind => Kind.VariableDefinition;

    public StringValueNode? Description { get; init; }

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    /// <summary>DefaultValue : = Value[Const]; null when absent.</summary>
    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}

/// <summary>SelectionSet : { Selection+ } (§2.5).</summary>
public sealed class SelectionSetNode : AstNode
{
    public SelectionSetNode()
    {
    }

    /// <summary>The parser's constructor; it stores only the parts that are present.</summary>
    [SetsRequiredMembers]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal SelectionSetNode(SelectionNode[] selections) => Selections = selections;

    public override Kind Kind => Kind.SelectionSet;

    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>Selection : Field | FragmentSpread | InlineFragment (§2.5).</summary>
public abstract class SelectionNode : AstNode, IHasDirectives
{
    private protected SelectionNode()
    {
    }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}

/// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (§2.6).</summary>
public sealed class FieldNode : SelectionNode
{
    public FieldNode()
    {
    }

    /// <summary>The parser's constructor; it stores only the parts that are present.</summary>
    [SetsRequiredMembers]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FieldNode(NameNode? alias, NameNode name, ArgumentNode[] arguments, DirectiveNode[] directives, SelectionSetNode? selectionSet)
    {
        if (alias is not null)
        {
            Alias = alias;
        }

        Name = name;
        if (arguments.Length != 0)
        {
            Arguments = arguments;
        }

        if (directives.Length != 0)
        {
            Directives = directives;
        }

        if (selectionSet is not null)
        {
            SelectionSet = selectionSet;
        }
    }

    public override Kind Kind => Kind.Field;

    /// <summary>Alias : Name : (§2.8); null when the field is not aliased.</summary>
    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; }

    /// <summary>Null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; init; }

    /// <summary>The response key: the alias if there is one, else the field name (§2.8).</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

/// <summary>Argument[Const] : Name : Value[?Const] (§2.7).</summary>
public sealed class ArgumentNode : AstNode
{
    public ArgumentNode()
    {
    }

    /// <summary>The parser's constructor; it stores only the parts that are present.</summary>
    [SetsRequiredMembers]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ArgumentNode(NameNode name, ValueNode value)
    {
        Name = name;
        Value = value;
    }

    public override Kind Kind => Kind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
