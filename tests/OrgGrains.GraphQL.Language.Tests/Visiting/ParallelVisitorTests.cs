namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>graphql-js's visitInParallel: each visitor skips and breaks on its own.</summary>
public sealed class ParallelVisitorTests
{
    [Fact]
    public void Each_visitor_skips_its_own_subtree()
    {
        var skipsB = new Recorder() { SkipField = "b" };
        var seesAll = new Recorder();

        AstWalker.Walk(Parser.Parse("{ a, b { x }, c }"), new ParallelVisitor([skipsB, seesAll]));

        Assert.Equal(["enter a", "leave a", "enter b", "enter c", "leave c"], skipsB.FieldEvents);
        Assert.Equal(["enter a", "leave a", "enter b", "enter x", "leave x", "leave b", "enter c", "leave c"], seesAll.FieldEvents);
    }

    [Fact]
    public void Each_visitor_breaks_on_its_own()
    {
        var breaksAtB = new Recorder() { BreakField = "b" };
        var seesAll = new Recorder();

        AstWalker.Walk(Parser.Parse("{ a, b { x }, c }"), new ParallelVisitor([breaksAtB, seesAll]));

        Assert.Equal(["enter a", "leave a", "enter b"], breaksAtB.FieldEvents);
        Assert.Equal(8, seesAll.FieldEvents.Count);
    }

    [Fact]
    public void Visitors_see_the_same_context()
    {
        var paths = new List<string>();
        var first = new Recorder() { OnField = (name, context) => paths.Add($"1:{name}:{string.Join(".", context.Path)}") };
        var second = new Recorder() { OnField = (name, context) => paths.Add($"2:{name}:{string.Join(".", context.Path)}") };

        AstWalker.Walk(Parser.Parse("{ a }"), new ParallelVisitor([first, second]));

        Assert.Equal(["1:a:definitions.0.selectionSet.selections.0", "2:a:definitions.0.selectionSet.selections.0"], paths);
    }

    private sealed class Recorder : AstVisitor
    {
        public string? SkipField { get; init; }

        public string? BreakField { get; init; }

        public Action<string, VisitContext>? OnField { get; init; }

        public List<string> FieldEvents { get; } = [];

        public override VisitorAction Enter(AstNode node, VisitContext context)
        {
            if (node is not FieldNode field)
            {
                return VisitorAction.Continue;
            }

            FieldEvents.Add("enter " + field.Name.Value);
            OnField?.Invoke(field.Name.Value, context);
            return field.Name.Value == BreakField ? VisitorAction.Break
                : field.Name.Value == SkipField ? VisitorAction.Skip
                : VisitorAction.Continue;
        }

        public override VisitorAction Leave(AstNode node, VisitContext context)
        {
            if (node is FieldNode field)
            {
                FieldEvents.Add("leave " + field.Name.Value);
            }

            return VisitorAction.Continue;
        }
    }
}
