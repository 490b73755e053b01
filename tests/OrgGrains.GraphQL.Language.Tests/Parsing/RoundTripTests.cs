namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>
/// Properties over a thousand generated grammatical documents: each parses, its printed form is a
/// fixed point of parse-then-print, and every node lies inside its parent's location.
/// </summary>
public sealed class RoundTripTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Printed_documents_are_a_fixed_point_of_parse_then_print(int seed)
    {
        var generator = new DocumentGenerator(seed);
        for (var i = 0; i < 250; i++)
        {
            var source = generator.Document();

            var printed = Printer.Print(Parser.Parse(source));
            var reprinted = Printer.Print(Parser.Parse(printed));

            Assert.True(printed == reprinted, $"Printing is not stable for:\n{source}\n--- printed ---\n{printed}\n--- reprinted ---\n{reprinted}");
        }
    }

    [Fact]
    public void Generated_documents_keep_every_node_inside_its_parent()
    {
        var generator = new DocumentGenerator(5);
        for (var i = 0; i < 250; i++)
        {
            var document = Parser.Parse(generator.Document());
            AstWalker.Walk(document, new ContainedLocations());
        }
    }

    [Fact]
    public void Every_strict_prefix_of_a_document_is_a_syntax_error_or_a_shorter_document()
    {
        var generator = new DocumentGenerator(6);
        for (var i = 0; i < 8; i++)
        {
            var source = generator.Document();
            for (var length = 0; length < source.Length; length++)
            {
                try
                {
                    Parser.Parse(source[..length]);
                }
                catch (GraphQLSyntaxException error)
                {
                    Assert.InRange(error.Position, 0, length);
                }
            }
        }
    }

    private sealed class ContainedLocations : AstVisitor
    {
        public override VisitorAction Enter(AstNode node, VisitContext context)
        {
            var location = node.Location!.Value;
            if (context.Parent?.Location is { } parent)
            {
                Assert.InRange(location.Start, parent.Start, parent.End);
                Assert.InRange(location.End, location.Start, parent.End);
            }

            return VisitorAction.Continue;
        }
    }
}
