using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.4 Types (SDL). Cases follow graphql-js's UniqueTypeNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueTypeNamesRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        type Foo { foo: String } type Query { foo: Foo }
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new UniqueTypeNamesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_types() => ExpectValidSDL(null,
        """
        directive @test on SCHEMA
        """);

    [Fact]
    public void One_type() => ExpectValidSDL(null,
        """
        type Foo
        """);

    [Fact]
    public void Many_types() => ExpectValidSDL(null,
        """
        type Foo
        type Bar
        type Baz
        """);

    [Fact]
    public void Type_and_non_type_definitions_named_the_same() => ExpectValidSDL(null,
        """
        query Foo { __typename }
        fragment Foo on Query { __typename }
        directive @Foo on SCHEMA

        type Foo
        """);

    [Fact]
    public void Types_named_the_same() => ExpectSDLErrors(null,
        """
        type Foo

        scalar Foo
        type Foo
        interface Foo
        union Foo
        enum Foo
        input Foo
        """,
        Error("There can be only one type named \"Foo\".", (1, 6), (3, 8)),
        Error("There can be only one type named \"Foo\".", (1, 6), (4, 6)),
        Error("There can be only one type named \"Foo\".", (1, 6), (5, 11)),
        Error("There can be only one type named \"Foo\".", (1, 6), (6, 7)),
        Error("There can be only one type named \"Foo\".", (1, 6), (7, 6)),
        Error("There can be only one type named \"Foo\".", (1, 6), (8, 7)));

    [Fact]
    public void Adding_new_type_to_existing_schema() => ExpectValidSDL(ExistingSchema,
        """
        type Bar
        """);

    [Fact]
    public void Adding_new_type_to_existing_schema_with_same_named_directive() => ExpectSDLErrors(ExistingSchema,
        """
        type Foo
        """,
        Error("Type \"Foo\" already exists in the schema. It cannot also be defined in this type definition.", (1, 6)));
}
