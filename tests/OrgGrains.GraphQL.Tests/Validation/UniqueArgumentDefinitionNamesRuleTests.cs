using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§3.6.1 Field Arguments: unique argument names (SDL). Cases follow graphql-js's UniqueArgumentDefinitionNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueArgumentDefinitionNamesRuleTests
{
    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new UniqueArgumentDefinitionNamesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_args() => ExpectValidSDL(null,
        """
        type SomeObject {
          someField: String
        }

        directive @someDirective on QUERY
        """);

    [Fact]
    public void Multiple_args() => ExpectValidSDL(null,
        """
        type SomeObject {
          someField(foo: String, bar: String): String
        }

        directive @someDirective(foo: String, bar: String) on QUERY
        """);

    [Fact]
    public void Duplicating_arguments() => ExpectSDLErrors(null,
        """
        type SomeObject {
          someField(
            foo: String
            bar: String
            foo: String
          ): String
        }

        extend type SomeObject {
          anotherField(foo: String, foo: String): String
        }

        interface SomeInterface {
          someField(foo: String, foo: String): String
        }

        directive @someDirective(
          foo: String
          bar: String
          foo: String
        ) on QUERY
        """,
        Error("Argument \"SomeObject.someField(foo:)\" can only be defined once.", (3, 5), (5, 5)),
        Error("Argument \"SomeObject.anotherField(foo:)\" can only be defined once.", (10, 16), (10, 29)),
        Error("Argument \"SomeInterface.someField(foo:)\" can only be defined once.", (14, 13), (14, 26)),
        Error("Argument \"@someDirective(foo:)\" can only be defined once.", (18, 3), (20, 3)));
}
