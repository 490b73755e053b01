namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk (graphql-js's <c>visitInParallel</c>), as validation runs all
/// its rules. Each visitor keeps its own skip and break: one visitor skipping a subtree or
/// breaking does not stop the others.
/// </summary>
public sealed class ParallelVisitor : AstVisitor
{
    private readonly AstVisitor[] _visitors;

    // Per visitor: null when active, the node whose subtree it skips, or Broken once it broke.
    private readonly AstNode?[] _skipping;
    private static readonly AstNode Broken = new NullValueNode();

    public ParallelVisitor(IEnumerable<AstVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new AstNode?[_visitors.Length];
    }

    public override VisitorAction Enter(AstNode node, VisitContext context)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, context))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitorAction.Break:
                    _skipping[i] = Broken;
                    break;
            }
        }

        return VisitorAction.Continue;
    }

    public override VisitorAction Leave(AstNode node, VisitContext context)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null)
            {
                if (_visitors[i].Leave(node, context) == VisitorAction.Break)
                {
                    _skipping[i] = Broken;
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        return VisitorAction.Continue;
    }
}
