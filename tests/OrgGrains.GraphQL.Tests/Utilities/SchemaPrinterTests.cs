using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Tests.Utilities;

/// <summary>The SDL printer for schema download prints what graphql-js's printSchema(buildSchema(sdl)) prints.</summary>
public sealed class SchemaPrinterTests
{
    [Theory]
    [InlineData(TestSchemas.Organisation)]
    [InlineData(""""
        "Described schema"
        schema { query: Root }
        directive @tag(
          "The tag."
          name: String!
          other: [Int] = [1]
        ) repeatable on FIELD_DEFINITION | ENUM_VALUE
        type Root {
          """
          Multi-line
            description with "quotes"
          """
          a(x: Int = 3, y: E = B, z: In = {a: "q"}): [E!] @deprecated(reason: "Why \"not\"")
          "single" b: String
        }
        enum E { A "described" B @deprecated }
        input In { a: String! = "d" b: [In!] }
        scalar Url @specifiedBy(url: "https://example.org/url")
        """")]
    [InlineData("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int } interface I { a: Int } interface J implements I { a: Int }")]
    public async Task Prints_like_graphql_js(string sdl)
    {
        var expected = await NodeOracle.RunAsync(new { op = "printSchema", sdl });

        Assert.Equal(expected, SchemaPrinter.Print(SchemaBuilder.BuildSchema(sdl)));
    }
}
