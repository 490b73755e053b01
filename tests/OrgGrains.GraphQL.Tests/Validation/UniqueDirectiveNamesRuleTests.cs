using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.13 Directives: unique names (SDL). Cases follow graphql-js's UniqueDirectiveNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueDirectiveNamesRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        directive @foo on SCHEMA type Query { f: String }
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new UniqueDirectiveNamesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_directive() => ExpectValidSDL(null,
        """
        type Foo
        """);

    [Fact]
    public void Many_directives() => ExpectValidSDL(null,
        """
        directive @foo on SCHEMA
        directive @bar on SCHEMA
        directive @baz on SCHEMA
        """);

    [Fact]
    public void Directive_and_non_directive_definitions_named_the_same() => ExpectValidSDL(null,
        """
        query foo { __typename }
        fragment foo on foo { __typename }
        type foo

        directive @foo on SCHEMA
        """);

    [Fact]
    public void Directives_named_the_same() => ExpectSDLErrors(null,
        """
        directive @foo on SCHEMA

        directive @foo on SCHEMA
        """,
        Error("There can be only one directive named \"@foo\".", (1, 12), (3, 12)));

    [Fact]
    public void Adding_a_new_directive_to_existing_schema() => ExpectValidSDL(ExistingSchema,
        """
        directive @bar on SCHEMA
        """);

    [Fact]
    public void Adding_a_specified_directive_or_an_existing_one() => ExpectSDLErrors(ExistingSchema,
        """
        directive @skip on SCHEMA
        directive @foo on SCHEMA
        """,
        Error("Directive \"@skip\" already exists in the schema. It cannot be redefined.", (1, 12)),
        Error("Directive \"@foo\" already exists in the schema. It cannot be redefined.", (2, 12)));
}
