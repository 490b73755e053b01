using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.4.1 Argument Names, of directives in SDL. Cases follow graphql-js's KnownArgumentNamesOnDirectivesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class KnownArgumentNamesOnDirectivesRuleTests
{
    private static readonly GraphQLSchema ExistingSchema = ValidationHarness.BuildSchema(
        """
        type Query { foo: String } directive @test(arg: String) on OBJECT
        """);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new KnownArgumentNamesOnDirectivesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void Known_arg_on_directive_defined_inside_SDL() => ExpectValidSDL(null,
        """
        type Query {
          foo: String @test(arg: "")
        }

        directive @test(arg: String) on FIELD_DEFINITION
        """);

    [Fact]
    public void Unknown_arg_on_directive_defined_inside_SDL() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @test(unknown: "")
        }

        directive @test(arg: String) on FIELD_DEFINITION
        """,
        Error("Unknown argument \"unknown\" on directive \"@test\".", (2, 21)));

    [Fact]
    public void Misspelled_arg_name_is_reported_on_directive_defined_inside_SDL() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @test(agr: "")
        }

        directive @test(arg: String) on FIELD_DEFINITION
        """,
        Error("Unknown argument \"agr\" on directive \"@test\". Did you mean \"arg\"?", (2, 21)));

    [Fact]
    public void Unknown_arg_on_standard_directive() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @deprecated(unknown: "")
        }
        """,
        Error("Unknown argument \"unknown\" on directive \"@deprecated\".", (2, 27)));

    [Fact]
    public void Unknown_arg_on_overridden_standard_directive() => ExpectSDLErrors(null,
        """
        type Query {
          foo: String @deprecated(reason: "")
        }
        directive @deprecated(arg: String) on FIELD
        """,
        Error("Unknown argument \"reason\" on directive \"@deprecated\".", (2, 27)));

    [Fact]
    public void Unknown_arg_on_directive_defined_in_schema_extension() => ExpectSDLErrors(ExistingSchema,
        """
        extend type Query @test(unknown: "")
        """,
        Error("Unknown argument \"unknown\" on directive \"@test\".", (1, 25)));

    [Fact]
    public void Known_arg_on_directive_used_in_schema_extension() => ExpectValidSDL(ExistingSchema,
        """
        extend type Query @test(arg: "")
        """);
}
