namespace OrgGrains.GraphQL.Language.Tests;

public sealed class KitchenSinkTests
{
    [Fact]
    public void Kitchen_sink_query_prints_as_graphql_js_prints_it()
    {
        var document = Parser.Parse(TestData.KitchenSink);

        Assert.Equal(TestData.KitchenSinkPrinted, Printer.Print(document));
    }

    [Fact]
    public void Schema_kitchen_sink_prints_as_graphql_js_prints_it()
    {
        var document = Parser.Parse(TestData.SchemaKitchenSink);

        Assert.Equal(TestData.SchemaKitchenSinkPrinted, Printer.Print(document));
    }

    [Fact]
    public void Printed_kitchen_sinks_parse_back_to_the_same_text()
    {
        foreach (var printed in new[] { TestData.KitchenSinkPrinted, TestData.SchemaKitchenSinkPrinted })
        {
            Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
        }
    }
}
