using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.4.2.1 Required Arguments, of directives in SDL. Cases follow graphql-js's ProvidedRequiredArgumentsOnDirectivesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        type Query { foo: String } directive @test(arg: String!) on OBJECT
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new ProvidedRequiredArgumentsOnDirectivesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void Missing_optional_args_on_directive_defined_inside_SDL() => ExpectValidSDL(null,
        """
        type Query {
          foo: String @test
        }

        directive @test(arg1: String, arg2: String! = "") on FIELD_DEFINITION
        """);

    [Fact]
    public void Missing_arg_on_directive_defined_inside_SDL() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @test
        }

        directive @test(arg: String!) on FIELD_DEFINITION
        """,
        Error("Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.", (2, 15)));

    [Fact]
    public void Missing_arg_on_standard_directive() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @include
        }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 15)));

    [Fact]
    public void Missing_arg_on_overridden_standard_directive() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @deprecated
        }
        directive @deprecated(reason: String!) on FIELD
        """,
        Error("Directive \"@deprecated\" argument \"reason\" of type \"String!\" is required, but it was not provided.", (2, 15)));

    [Fact]
    public void Missing_arg_on_directive_defined_in_schema_extension() => ExpectSDLErrors(ExistingSchema,
        """
        extend type Query @test
        """,
        Error("Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.", (1, 19)));

    [Fact]
    public void Missing_arg_on_directive_used_in_schema_extension() => ExpectSDLErrors(ExistingSchema,
        """
        directive @test(arg: String!) on OBJECT

        extend type Query  @test
        """,
        Error("Directive \"@test\" argument \"arg\" of type \"String!\" is required, but it was not provided.", (3, 20)));
}
