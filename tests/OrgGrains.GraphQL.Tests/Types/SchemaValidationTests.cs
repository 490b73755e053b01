using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Tests.Types;

/// <summary>§3 Schema validation: each error names the type and field at fault (messages as graphql-js's validateSchema).</summary>
public sealed class SchemaValidationTests
{
    [Theory]
    [InlineData(
        "type Query { a: Int } interface Node { id: ID! } type Pod implements Node { name: String }",
        "Interface field Node.id expected but Pod does not provide it.")]
    [InlineData(
        "type Query { a: Int } interface Node { id: ID! } type Pod implements Node { id: String }",
        "Interface field Node.id expects type ID! but Pod.id is type String.")]
    [InlineData(
        "type Query { a: Int } interface Node { id(x: Int): ID } type Pod implements Node { id: ID }",
        "Interface field argument Node.id(x:) expected but Pod.id does not provide it.")]
    [InlineData(
        "type Query { a: Int } interface Node { id: ID } type Pod implements Node { id(x: Int!): ID }",
        "Object field Pod.id includes required argument x that is missing from the Interface field Node.id.")]
    [InlineData(
        "type Query { a: Int } interface A { id: ID } interface B implements A { id: ID } type Pod implements B { id: ID }",
        "Type Pod must implement A because it is implemented by B.")]
    [InlineData(
        "type Query { a: Int } input F @oneOf { a: Int! b: Int }",
        "OneOf input field F.a must be nullable.")]
    [InlineData(
        "type Query { a: Int } input F @oneOf { a: Int = 1 b: Int }",
        "OneOf input field F.a cannot have a default value.")]
    [InlineData(
        "type Query { a: Int } input A { b: B! } input B { a: A! }",
        "Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".")]
    [InlineData(
        "type Query { a(x: Int! @deprecated): Int }",
        "Required argument Query.a(x:) cannot be deprecated.")]
    [InlineData(
        "type Query { __a: Int }",
        "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData(
        "type Query { a: Int } type Empty",
        "Type Empty must define one or more fields.")]
    [InlineData(
        "type Query { a: In }",
        "Unknown type \"In\". Did you mean \"ID\" or \"Int\"?")]
    [InlineData(
        "type Query { a: Int } union U = Query | Query",
        "Union type U can only include type Query once.")]
    [InlineData(
        "type Query { a: Int } input I { x: Int } type Pod { i: I }",
        "The type of Pod.i must be Output Type but got: I.")]
    [InlineData(
        "type Mutation { a: Int }",
        "Query root type must be provided.")]
    public void Reports_invalid_schemas(string sdl, string message)
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.BuildSchema(sdl));

        Assert.Contains(error.Errors, e => e.Message == message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Valid_schema_has_no_errors()
    {
        var schema = TestSchemas.Builder().Build();

        Assert.Empty(schema.ValidationErrors);
    }

    [Fact]
    public void AssumeValid_skips_validation_but_errors_stay_available()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("type Mutation { a: Int }").AssumeValid().Build();

        Assert.Equal("Query root type must be provided.", Assert.Single(schema.ValidationErrors).Message);
    }
}
