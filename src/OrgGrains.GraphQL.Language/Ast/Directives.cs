namespace OrgGrains.GraphQL.Language;

/// <summary>Directive[Const] : @ Name Arguments[?Const]? (§2.13).</summary>
public sealed class DirectiveNode : AstNode
{
    public override Kind Kind => Kind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; }
}
