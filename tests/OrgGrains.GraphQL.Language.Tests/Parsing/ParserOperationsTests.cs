namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Operations, variables, selection sets, fields and arguments (§2.4–§2.8, §2.11).</summary>
public sealed class ParserOperationsTests
{
    public static readonly TheoryData<string, string, int, int> Errors = new()
    {
        { "{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10 },
        { "{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3 },
        { "query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37 },
        { "query Foo($x) { f }", "Syntax Error: Expected \":\", found \")\".", 1, 13 },
        { "query Foo($x: Int = ) { f }", "Syntax Error: Unexpected \")\".", 1, 21 },
        { "query Foo($x: Int = $y) { f }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 21 },
        { "query Foo($x: Int @dir($a: 1)) { f }", "Syntax Error: Expected Name, found \"$\".", 1, 24 },
        { "subscription", "Syntax Error: Expected \"{\", found <EOF>.", 1, 13 },
        { "query Q(", "Syntax Error: Expected \"$\", found <EOF>.", 1, 9 },
        { "query Q() { f }", "Syntax Error: Expected \"$\", found \")\".", 1, 9 },
        { "{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5 },
        { "{ f(a) }", "Syntax Error: Expected \":\", found \")\".", 1, 6 },
        { "{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3 },
        { "{ f { } }", "Syntax Error: Expected Name, found \"}\".", 1, 7 },
        { "{ a: b: c }", "Syntax Error: Expected Name, found \":\".", 1, 7 },
        { "mutation M($v: [[Int!]!) { f }", "Syntax Error: Expected \"]\", found \")\".", 1, 24 },
        { "query Q($v: Int!!) { f }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17 },
        { "query Q($v: Int = 1 = 2) { f }", "Syntax Error: Expected \"$\", found \"=\".", 1, 21 },
        { "\"\"\"block\"\"\" query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 18 },
        { "query Q @d($v: 1) { f }", "Syntax Error: Expected Name, found \"$\".", 1, 12 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Reports_errors_as_graphql_js_does(string source, string message, int line, int column) =>
        SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Creates_the_ast_of_a_shorthand_query_with_locations()
    {
        const string source = "{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n";

        var document = Parser.Parse(source);

        Assert.Equal((0, 41), (document.Location!.Value.Start, document.Location.Value.End));
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal((0, 40), (operation.Location!.Value.Start, operation.Location.Value.End));
        var node = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal((4, 38), (node.Location!.Value.Start, node.Location.Value.End));
        Assert.Null(node.Alias);
        Assert.Equal("node", node.Name.Value);
        Assert.Equal((4, 8), (node.Name.Location!.Value.Start, node.Name.Location.Value.End));
        var argument = Assert.Single(node.Arguments);
        Assert.Equal("id", argument.Name.Value);
        Assert.Equal("4", Assert.IsType<IntValueNode>(argument.Value).Value);
        Assert.Equal((9, 14), (argument.Location!.Value.Start, argument.Location.Value.End));
        Assert.Equal((13, 14), (argument.Value.Location!.Value.Start, argument.Value.Location.Value.End));
        Assert.Equal(["id", "name"], node.SelectionSet!.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal((16, 38), (node.SelectionSet.Location!.Value.Start, node.SelectionSet.Location.Value.End));
        Assert.All(node.SelectionSet.Selections.Cast<FieldNode>(), f => Assert.Null(f.SelectionSet));
    }

    [Fact]
    public void Creates_the_ast_of_a_nameless_query_keyword()
    {
        var document = Parser.Parse("query {\n  node {\n    id\n  }\n}\n");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Equal((0, 29), (operation.Location!.Value.Start, operation.Location.Value.End));
    }

    [Theory]
    [InlineData("query { a }", OperationType.Query, null)]
    [InlineData("mutation { a }", OperationType.Mutation, null)]
    [InlineData("subscription { a }", OperationType.Subscription, null)]
    [InlineData("query Q { a }", OperationType.Query, "Q")]
    [InlineData("mutation M { a }", OperationType.Mutation, "M")]
    [InlineData("subscription S { a }", OperationType.Subscription, "S")]
    public void Parses_anonymous_and_named_operations(string source, OperationType operation, string? name)
    {
        var definition = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];

        Assert.Equal(operation, definition.Operation);
        Assert.Equal(name, definition.Name?.Value);
    }

    [Fact]
    public void Parses_variable_definitions_with_defaults_and_directives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Foo($x: Boolean = false @bar, $y: [Int!]!) { field }").Definitions[0];

        var x = operation.VariableDefinitions[0];
        Assert.Equal("x", x.Variable.Name.Value);
        Assert.Equal("Boolean", Assert.IsType<NamedTypeNode>(x.Type).Name.Value);
        Assert.False(Assert.IsType<BooleanValueNode>(x.DefaultValue).Value);
        Assert.Equal("bar", Assert.Single(x.Directives).Name.Value);
        var y = operation.VariableDefinitions[1];
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(y.Type).Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Null(y.DefaultValue);
    }

    [Fact]
    public void Parses_variables_inside_values()
    {
        var field = FirstField("{ field(complex: { a: { b: [ $var ] } }) }");

        var outer = Assert.IsType<ObjectValueNode>(field.Arguments[0].Value);
        var inner = Assert.IsType<ObjectValueNode>(outer.Fields[0].Value);
        var list = Assert.IsType<ListValueNode>(inner.Fields[0].Value);
        Assert.Equal("var", Assert.IsType<VariableNode>(Assert.Single(list.Values)).Name.Value);
    }

    [Fact]
    public void Parses_aliases_directives_and_trailing_commas()
    {
        var field = FirstField("{ smallPic: profilePic(size: 64,) @include(if: $big) @skip(if: false) }");

        Assert.Equal("smallPic", field.Alias!.Value);
        Assert.Equal("profilePic", field.Name.Value);
        Assert.Equal("smallPic", field.ResponseKey);
        Assert.Equal(["include", "skip"], field.Directives.Select(d => d.Name.Value));
    }

    [Fact]
    public void Parses_descriptions_on_operations_and_variables()
    {
        const string source = "\"Fetches a pod\"\nquery Pod(\"\"\"The pod's id\"\"\" $id: ID!) { pod(id: $id) { name } }";

        var operation = (OperationDefinitionNode)Parser.Parse(source).Definitions[0];

        Assert.Equal("Fetches a pod", operation.Description!.Value);
        Assert.False(operation.Description.Block);
        Assert.Equal((0, source.Length), (operation.Location!.Value.Start, operation.Location.Value.End));
        var variable = Assert.Single(operation.VariableDefinitions);
        Assert.Equal("The pod's id", variable.Description!.Value);
        Assert.True(variable.Description.Block);
    }

    private static FieldNode FirstField(string source) =>
        (FieldNode)((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0];
}
