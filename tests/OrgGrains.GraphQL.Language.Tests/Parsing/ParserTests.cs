namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Parser entry points, options and the limits against hostile input (graphql-js parser-test).</summary>
public sealed class ParserTests
{
    public static readonly TheoryData<string, string, int, int> DocumentErrors = new()
    {
        { "{", "Syntax Error: Expected Name, found <EOF>.", 1, 2 },
        { "notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1 },
        { "...", "Syntax Error: Unexpected \"...\".", 1, 1 },
        { "", "Syntax Error: Unexpected <EOF>.", 1, 1 },
        { "   ", "Syntax Error: Unexpected <EOF>.", 1, 4 },
        { "# only a comment", "Syntax Error: Unexpected <EOF>.", 1, 17 },
        { "\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1 },
        { "\"desc\" extend type A @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1 },
        { "\"desc\" \"more\" query { a }", "Syntax Error: Unexpected String \"more\".", 1, 8 },
        { "\"Description\" 1", "Syntax Error: Unexpected Int \"1\".", 1, 15 },
    };

    [Theory]
    [MemberData(nameof(DocumentErrors))]
    public void Reports_document_errors_as_graphql_js_does(string source, string message, int line, int column) =>
        SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Error_names_the_source_it_came_from()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new Source("query", "MyQuery.graphql")));

        Assert.Equal("Syntax Error: Expected \"{\", found <EOF>.", error.Message);
        Assert.Equal("Expected \"{\", found <EOF>.", error.Description);
        Assert.Equal(5, error.Position);
        Assert.Equal(new SourceLocation(1, 6), error.Location);
        Assert.Equal("MyQuery.graphql", error.GraphQLSource.Name);
        Assert.Contains("MyQuery.graphql:1:6", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_null_source()
    {
        Assert.Throws<ArgumentNullException>(() => Parser.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => Parser.Parse((Source)null!));
    }

    [Fact]
    public void Counts_tokens_and_stops_past_the_token_limit()
    {
        Assert.Equal(3, Parser.Parse("{ foo }").TokenCount);
        Parser.Parse("{ foo }", new ParseOptions { MaxTokens = 3 });

        SyntaxAssert.Fails(
            () => Parser.Parse("{ foo }", new ParseOptions { MaxTokens = 2 }),
            "Syntax Error: Document contains more than 2 tokens. Parsing aborted.",
            1,
            7);
    }

    [Fact]
    public void Default_token_limit_stops_a_huge_document()
    {
        var huge = "{ " + string.Join(" ", Enumerable.Repeat("a", ParseOptions.Default.MaxTokens)) + " }";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(huge));

        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 3)]
    [InlineData("{ a(v: [[{ x: 1 }]]) }", 4)]
    [InlineData("query ($v: [[[Int]]]) { a }", 3)]
    public void Nesting_at_the_depth_limit_parses(string source, int depth)
    {
        Parser.Parse(source, new ParseOptions { MaxDepth = depth });
    }

    [Theory]
    [InlineData("{ a { b { c } } }", 2, 9)]
    [InlineData("{ a(v: [[{ x: 1 }]]) }", 3, 10)]
    [InlineData("query ($v: [[[Int]]]) { a }", 2, 14)]
    public void Nesting_past_the_depth_limit_is_a_syntax_error(string source, int depth, int column)
    {
        SyntaxAssert.Fails(
            () => Parser.Parse(source, new ParseOptions { MaxDepth = depth }),
            $"Syntax Error: Document is nested deeper than {depth} levels. Parsing aborted.",
            1,
            column);
    }

    [Fact]
    public void Default_depth_limit_stops_a_deeply_nested_document_without_exhausting_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(deep));

        Assert.Equal("Syntax Error: Document is nested deeper than 128 levels. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Unlimited_depth_still_fails_as_a_syntax_error_before_the_stack_runs_out()
    {
        var deep = new string('[', 1_000_000) + new string(']', 1_000_000);
        Exception? error = null;

        // A small stack makes the guard trip quickly, as it would on a constrained host.
        var thread = new Thread(
            () =>
            {
                try
                {
                    Parser.ParseValue(deep, new ParseOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue });
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal("Syntax Error: Document is nested too deeply to parse. Parsing aborted.", Assert.IsType<GraphQLSyntaxException>(error).Message);
    }

    [Fact]
    public void Every_parsed_node_has_a_location_inside_its_parent()
    {
        var document = Parser.Parse(TestData.KitchenSink + "\n" + TestData.SchemaKitchenSink);
        var checker = new LocationChecker();

        AstWalker.Walk(document, checker);

        Assert.True(checker.Nodes > 500);
    }

    [Fact]
    public void Records_locations_unless_told_not_to()
    {
        var withLocations = Parser.Parse("{ id }");
        var without = Parser.Parse("{ id }", new ParseOptions { NoLocation = true });

        Assert.Equal(new Location(0, 6, withLocations.Location!.Value.Source), withLocations.Location);
        Assert.Null(without.Location);
        Assert.Null(((OperationDefinitionNode)without.Definitions[0]).SelectionSet.Location);
    }

    [Fact]
    public void Locations_give_line_and_column_from_the_source()
    {
        var document = Parser.Parse("query Q {\n  node {\n    id\n  }\n}");
        var node = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var id = node.SelectionSet!.Selections[0];

        Assert.Equal(new SourceLocation(2, 3), node.Location!.Value.StartLocation);
        Assert.Equal(new SourceLocation(3, 5), id.Location!.Value.StartLocation);
        Assert.Equal("node {\n    id\n  }", document.Location!.Value.Source.Body[node.Location.Value.Start..node.Location.Value.End]);
    }

    [Fact]
    public void Parses_from_a_source_object()
    {
        var source = new Source("{ a }", "Named.graphql");

        var document = Parser.Parse(source);

        Assert.Same(source, document.Location!.Value.Source);
    }

    [Fact]
    public void Allows_comments_everywhere()
    {
        var document = Parser.Parse("# top comment\n{\n  field # field comment\n}\n# bottom comment");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("field", field.Name.Value);
    }

    [Fact]
    public void Parses_multi_byte_characters()
    {
        var document = Parser.Parse("# This comment has a \u0A0A multi-byte character.\n{ field(arg: \"Has a \u0A0A multi-byte character.\") }");

        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("Has a \u0A0A multi-byte character.", ((StringValueNode)field.Arguments[0].Value).Value);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("fragment")]
    [InlineData("query")]
    [InlineData("mutation")]
    [InlineData("subscription")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("extend")]
    [InlineData("schema")]
    [InlineData("type")]
    public void Allows_non_keywords_anywhere_a_name_is_allowed(string keyword)
    {
        var fragmentName = keyword == "on" ? "a" : keyword;
        var source = $"query {keyword} {{ ... {fragmentName} ... on {keyword} {{ field }} }} "
            + $"fragment {fragmentName} on Type {{ {keyword}({keyword}: ${keyword}) @{keyword}({keyword}: {keyword}) }}";

        var document = Parser.Parse(source);

        Assert.Equal(keyword, ((OperationDefinitionNode)document.Definitions[0]).Name!.Value);
        Assert.Equal(fragmentName, ((FragmentDefinitionNode)document.Definitions[1]).Name.Value);
    }

    private sealed class LocationChecker : AstVisitor
    {
        public int Nodes { get; private set; }

        public override VisitorAction Enter(AstNode node, VisitContext context)
        {
            Nodes++;
            var location = Assert.NotNull(node.Location);
            Assert.True(location.Start <= location.End, $"{node.Kind} ends before it starts");
            if (context.Parent is { Location: { } parent })
            {
                Assert.True(parent.Start <= location.Start && location.End <= parent.End, $"{node.Kind} lies outside its parent {context.Parent.Kind}");
            }

            return VisitorAction.Continue;
        }
    }
}
