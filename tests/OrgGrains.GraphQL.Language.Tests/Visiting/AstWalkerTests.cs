namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>The substance of graphql-js's visitor-test: order, keys, paths, ancestors, skipping and breaking.</summary>
public sealed class AstWalkerTests
{
    [Fact]
    public void Visits_the_kitchen_sink_in_graphql_js_order_with_its_keys_and_paths()
    {
        var trace = new TraceVisitor();

        AstWalker.Walk(Parser.Parse(TestData.KitchenSink), trace);

        Assert.Equal(TestData.KitchenSinkVisited, trace.ToString());
    }

    [Fact]
    public void Visits_the_schema_kitchen_sink_in_graphql_js_order_with_its_keys_and_paths()
    {
        var trace = new TraceVisitor();

        AstWalker.Walk(Parser.Parse(TestData.SchemaKitchenSink), trace);

        Assert.Equal(TestData.SchemaKitchenSinkVisited, trace.ToString());
    }

    [Fact]
    public void Skipping_a_node_skips_its_subtree_and_its_leave()
    {
        var trace = new TraceVisitor { SkipWhen = node => node is FieldNode { Name.Value: "b" } };

        AstWalker.Walk(Parser.Parse("{ a, b { x }, c }"), trace);

        var events = trace.Events;
        Assert.Contains("enter Field b", events);
        Assert.DoesNotContain("leave Field b", events);
        Assert.DoesNotContain(events, e => e.EndsWith("Name x", StringComparison.Ordinal));
        Assert.Contains("enter Field c", events);
        Assert.Equal("leave Document -", events[^1]);
    }

    [Fact]
    public void Breaking_on_enter_stops_the_walk()
    {
        var trace = new TraceVisitor { BreakOnEnterWhen = node => node is NameNode { Value: "x" } };

        AstWalker.Walk(Parser.Parse("{ a, b { x }, c }"), trace);

        Assert.Equal("enter Name x", trace.Events[^1]);
        Assert.DoesNotContain("enter Field c", trace.Events);
    }

    [Fact]
    public void Breaking_on_leave_stops_the_walk()
    {
        var trace = new TraceVisitor { BreakOnLeaveWhen = node => node is NameNode { Value: "x" } };

        AstWalker.Walk(Parser.Parse("{ a, b { x }, c }"), trace);

        Assert.Equal("leave Name x", trace.Events[^1]);
    }

    [Fact]
    public void Gives_ancestors_parent_key_index_and_path()
    {
        var seen = new List<string>();
        var visitor = new DelegateVisitor((node, context) =>
        {
            if (node is NameNode { Value: "x" })
            {
                seen.Add(string.Join("/", context.Ancestors.Select(a => a.Kind)));
                seen.Add($"{context.Parent!.Kind} {context.Key} {context.Index?.ToString() ?? "-"}");
                seen.Add(string.Join(".", context.Path));
            }

            if (node is FieldNode { Name.Value: "x" })
            {
                seen.Add($"{context.Key} {context.Index}");
            }
        });

        AstWalker.Walk(Parser.Parse("{ a, b { x } }"), visitor);

        Assert.Equal(
            [
                "selections 0",
                "Document/OperationDefinition/SelectionSet/Field/SelectionSet/Field",
                "Field name -",
                "definitions.0.selectionSet.selections.1.selectionSet.selections.0.name",
            ],
            seen);
    }

    [Fact]
    public void The_root_has_no_parent_key_or_path()
    {
        var rootContext = "";
        var visitor = new DelegateVisitor((node, context) =>
        {
            if (node is DocumentNode)
            {
                rootContext = $"{context.Parent is null} {context.Key is null} {context.Index is null} {context.Path.Count} {context.Ancestors.Count}";
            }
        });

        AstWalker.Walk(Parser.Parse("{ a }"), visitor);

        Assert.Equal("True True True 0 0", rootContext);
    }

    /// <summary>Records "enter|leave Kind key path nearestAncestorKind", the format of the graphql-js traces.</summary>
    private sealed class TraceVisitor : AstVisitor
    {
        private readonly List<string> _lines = [];

        public List<string> Events { get; } = [];

        public Func<AstNode, bool> SkipWhen { get; init; } = _ => false;

        public Func<AstNode, bool> BreakOnEnterWhen { get; init; } = _ => false;

        public Func<AstNode, bool> BreakOnLeaveWhen { get; init; } = _ => false;

        public override VisitorAction Enter(AstNode node, VisitContext context)
        {
            Record("enter", node, context);
            return BreakOnEnterWhen(node) ? VisitorAction.Break : SkipWhen(node) ? VisitorAction.Skip : VisitorAction.Continue;
        }

        public override VisitorAction Leave(AstNode node, VisitContext context)
        {
            Record("leave", node, context);
            return BreakOnLeaveWhen(node) ? VisitorAction.Break : VisitorAction.Continue;
        }

        public override string ToString() => string.Concat(_lines.Select(line => line + "\n"));

        private void Record(string verb, AstNode node, VisitContext context)
        {
            var key = context.Index?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? context.Key ?? "-";
            var path = context.Path.Count == 0 ? "-" : string.Join(".", context.Path);
            _lines.Add($"{verb} {node.Kind} {key} {path} {context.Parent?.Kind.ToString() ?? "-"}");
            Events.Add($"{verb} {node.Kind} {Label(node)}");
        }

        private static string Label(AstNode node) => node switch
        {
            NameNode name => name.Value,
            FieldNode field => field.Name.Value,
            _ => "-",
        };
    }

    private sealed class DelegateVisitor(Action<AstNode, VisitContext> onEnter) : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitContext context)
        {
            onEnter(node, context);
            return VisitorAction.Continue;
        }
    }
}
