namespace OrgGrains.GraphQL.Language;

/// <summary>What a visitor tells <see cref="AstWalker"/> to do next.</summary>
public enum VisitorAction
{
    /// <summary>Go on into the node's children (from <see cref="AstVisitor.Enter"/>) or to the next node.</summary>
    Continue,

    /// <summary>From <see cref="AstVisitor.Enter"/>: do not visit the node's children, and do not call <see cref="AstVisitor.Leave"/> for it.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>
/// Called by <see cref="AstWalker.Walk"/> on entering and leaving every node, depth first, children
/// in graphql-js's <c>QueryDocumentKeys</c> order. Override what you need and switch on the node:
/// <code>
/// public override VisitorAction Enter(AstNode node, VisitContext context)
/// {
///     if (node is FieldNode field) { … }
///     return VisitorAction.Continue;
/// }
/// </code>
/// </summary>
public abstract class AstVisitor
{
    public virtual VisitorAction Enter(AstNode node, VisitContext context) => VisitorAction.Continue;

    public virtual VisitorAction Leave(AstNode node, VisitContext context) => VisitorAction.Continue;
}
