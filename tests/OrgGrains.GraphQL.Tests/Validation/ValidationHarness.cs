using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>An error a test expects: graphql-js's message and the (line, column) of each location.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() => Message + " @ " + string.Join(" ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>
/// The shared harness of the rule tests (graphql-js's validation/__tests__/harness.ts): validates a
/// document with one rule against the shared test schema (or a rule's own) and compares the errors,
/// messages and locations, with what graphql-js reports for the same document.
/// </summary>
public static class ValidationHarness
{
    /// <summary>graphql-js's <c>testSchema</c>: pets, humans, and fields with every kind of argument.</summary>
    public static GraphQLSchema TestSchema { get; } =
        BuildSchema(TestSchemaSdl.Text);

    // Like graphql-js's buildSchema, the schema is not validated here: validation itself refuses an invalid schema,
    // and the SDL rules' tests extend schemas that are not complete.
    public static GraphQLSchema BuildSchema(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl).AssumeValid().Build();

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static void ExpectErrors(IValidationRule rule, string query, params ExpectedError[] expected) =>
        ExpectErrors(TestSchema, rule, query, expected);

    public static void ExpectErrors(GraphQLSchema schema, IValidationRule rule, string query, params ExpectedError[] expected)
    {
        var errors = DocumentValidator.Validate(schema, Parser.Parse(query), [rule]);
        AssertErrors(rule, expected, errors);
    }

    public static void ExpectSDLErrors(GraphQLSchema? schema, IValidationRule rule, string sdl, params ExpectedError[] expected)
    {
        var errors = DocumentValidator.ValidateSdl(Parser.Parse(sdl), schema, [rule]);
        AssertErrors(rule, expected, errors);
    }

    private static void AssertErrors(IValidationRule rule, ExpectedError[] expected, IReadOnlyList<GraphQLError> errors)
    {
        var actual = errors.Select(e => new ExpectedError(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray()).ToString());
        Assert.Equal(expected.Select(e => e.ToString()), actual);

        // Every error names a section of the specification: the rule's own, or one of the sections it covers.
        Assert.All(errors, e => Assert.StartsWith("https://spec.graphql.org/draft/#sec-", Assert.IsType<ValidationError>(e).SpecifiedBy));
    }
}
