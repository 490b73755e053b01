namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Fragment spreads, inline fragments and fragment definitions (§2.9).</summary>
public sealed class ParserFragmentsTests
{
    public static readonly TheoryData<string, string, int, int> Errors = new()
    {
        { "{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20 },
        { "fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10 },
        { "{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9 },
        { "{ ... on }", "Syntax Error: Expected Name, found \"}\".", 1, 10 },
        { "{ ... on T }", "Syntax Error: Expected \"{\", found \"}\".", 1, 12 },
        { "fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16 },
        { "fragment F { f }", "Syntax Error: Expected \"on\", found \"{\".", 1, 12 },
        { "fragment F on [T] { f }", "Syntax Error: Expected Name, found \"[\".", 1, 15 },
        { "\"desc\" fragment", "Syntax Error: Expected Name, found <EOF>.", 1, 16 },
        { "fragment F($v: Int) on T { f }", "Syntax Error: Expected \"on\", found \"(\".", 1, 11 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Reports_errors_as_graphql_js_does(string source, string message, int line, int column) =>
        SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Parses_spreads_and_inline_fragments_with_and_without_type_conditions()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ ...Frag @skip(if: true) ... on User { id } ... @include(if: $x) { name } ... { age } }").Definitions[0];
        var selections = operation.SelectionSet.Selections;

        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("Frag", spread.Name.Value);
        Assert.Equal("skip", Assert.Single(spread.Directives).Name.Value);
        var onUser = Assert.IsType<InlineFragmentNode>(selections[1]);
        Assert.Equal("User", onUser.TypeCondition!.Name.Value);
        var withDirective = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(withDirective.TypeCondition);
        Assert.Equal("include", Assert.Single(withDirective.Directives).Name.Value);
        var bare = Assert.IsType<InlineFragmentNode>(selections[3]);
        Assert.Null(bare.TypeCondition);
        Assert.Empty(bare.Directives);
    }

    [Fact]
    public void Parses_a_fragment_definition_with_description_and_directives()
    {
        var fragment = (FragmentDefinitionNode)Parser.Parse("\"\"\"Pod card\"\"\"\nfragment PodCard on Pod @deferrable { name }").Definitions[0];

        Assert.Equal("Pod card", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
        Assert.Equal("PodCard", fragment.Name.Value);
        Assert.Equal("Pod", fragment.TypeCondition.Name.Value);
        Assert.Equal("deferrable", Assert.Single(fragment.Directives).Name.Value);
        Assert.Equal(0, fragment.Location!.Value.Start);
    }

    [Fact]
    public void A_spread_named_like_a_keyword_other_than_on_is_a_spread()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("{ ...fragment ...query }").Definitions[0];

        Assert.Equal(["fragment", "query"], operation.SelectionSet.Selections.Cast<FragmentSpreadNode>().Select(s => s.Name.Value));
    }
}
