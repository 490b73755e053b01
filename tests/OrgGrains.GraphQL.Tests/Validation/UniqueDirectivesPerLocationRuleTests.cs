using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.7.3 Directives Are Unique Per Location. Cases follow graphql-js's UniqueDirectivesPerLocationRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueDirectivesPerLocationRuleTests
{
    private static readonly GraphQLSchema DirectiveSchema = ValidationHarness.BuildSchema(
        """
        type Query { field: String }
        type Type { field: String }
        directive @directive on FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | QUERY
        directive @directiveA on FIELD | FRAGMENT_DEFINITION
        directive @directiveB on FIELD | FRAGMENT_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_DEFINITION
        """);

    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new UniqueDirectivesPerLocationRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new UniqueDirectivesPerLocationRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new UniqueDirectivesPerLocationRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void No_directives() => ExpectValid(DirectiveSchema,
        """
        fragment Test on Type {
          field
        }
        """);

    [Fact]
    public void Unique_directives_in_different_locations() => ExpectValid(DirectiveSchema,
        """
        fragment Test on Type @directiveA {
          field @directiveB
        }
        """);

    [Fact]
    public void Unique_directives_in_same_locations() => ExpectValid(DirectiveSchema,
        """
        fragment Test on Type @directiveA @directiveB {
          field @directiveA @directiveB
        }
        """);

    [Fact]
    public void Same_directives_in_different_locations() => ExpectValid(DirectiveSchema,
        """
        fragment Test on Type @directiveA {
          field @directiveA
        }
        """);

    [Fact]
    public void Same_directives_in_similar_locations() => ExpectValid(DirectiveSchema,
        """
        fragment Test on Type {
          field @directive
          field @directive
        }
        """);

    [Fact]
    public void Repeatable_directives_in_same_location() => ExpectValid(DirectiveSchema,
        """
        fragment Test on Type @repeatable @repeatable {
          field @repeatable @repeatable
        }
        """);

    [Fact]
    public void Unknown_directives_must_be_ignored() => ExpectValid(DirectiveSchema,
        """
        type Test @unknown @unknown {
          field: String! @unknown @unknown
        }

        extend type Test @unknown {
          field: String! @unknown
        }
        """);

    [Fact]
    public void Duplicate_directives_in_one_location() => ExpectErrors(DirectiveSchema,
        """
        fragment Test on Type {
          field @directive @directive
        }
        """,
        Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)));

    [Fact]
    public void Many_duplicate_directives_in_one_location() => ExpectErrors(DirectiveSchema,
        """
        fragment Test on Type {
          field @directive @directive @directive
        }
        """,
        Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)),
        Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 31)));

    [Fact]
    public void Different_duplicate_directives_in_one_location() => ExpectErrors(DirectiveSchema,
        """
        fragment Test on Type {
          field @directiveA @directiveB @directiveA @directiveB
        }
        """,
        Error("The directive \"@directiveA\" can only be used once at this location.", (2, 9), (2, 33)),
        Error("The directive \"@directiveB\" can only be used once at this location.", (2, 21), (2, 45)));

    [Fact]
    public void Duplicate_directives_in_many_locations() => ExpectErrors(DirectiveSchema,
        """
        fragment Test on Type @directive @directive {
          field @directive @directive
        }
        """,
        Error("The directive \"@directive\" can only be used once at this location.", (1, 23), (1, 34)),
        Error("The directive \"@directive\" can only be used once at this location.", (2, 9), (2, 20)));

    [Fact]
    public void Duplicate_skip_on_a_field_of_the_test_schema() => ExpectErrors(
        """
        { dog { name @skip(if: true) @skip(if: false) } }
        """,
        Error("The directive \"@skip\" can only be used once at this location.", (1, 14), (1, 30)));

    [Fact]
    public void Duplicate_directives_on_SDL_definitions() => ExpectSDLErrors(null,
        """
        directive @nonRepeatable on
          SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

        schema @nonRepeatable @nonRepeatable { query: Dummy }

        scalar TestScalar @nonRepeatable @nonRepeatable
        type TestObject @nonRepeatable @nonRepeatable
        interface TestInterface @nonRepeatable @nonRepeatable
        union TestUnion @nonRepeatable @nonRepeatable
        input TestInput @nonRepeatable @nonRepeatable
        """,
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 8), (4, 23)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 19), (6, 34)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 17), (7, 32)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (8, 25), (8, 40)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (9, 17), (9, 32)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (10, 17), (10, 32)));

    [Fact]
    public void Duplicate_directives_on_SDL_extensions() => ExpectSDLErrors(null,
        """
        directive @nonRepeatable on
          SCHEMA | SCALAR | OBJECT | INTERFACE | UNION | INPUT_OBJECT

        extend schema @nonRepeatable @nonRepeatable

        extend scalar TestScalar @nonRepeatable @nonRepeatable
        extend type TestObject @nonRepeatable @nonRepeatable
        extend interface TestInterface @nonRepeatable @nonRepeatable
        extend union TestUnion @nonRepeatable @nonRepeatable
        extend input TestInput @nonRepeatable @nonRepeatable
        """,
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (4, 15), (4, 30)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 26), (6, 41)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (7, 24), (7, 39)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (8, 32), (8, 47)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (9, 24), (9, 39)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (10, 24), (10, 39)));

    [Fact]
    public void Duplicate_directives_between_SDL_definitions_and_extensions() => ExpectSDLErrors(null,
        """
        directive @nonRepeatable on SCHEMA

        schema @nonRepeatable { query: Dummy }
        extend schema @nonRepeatable

        scalar TestScalar @nonRepeatable
        extend scalar TestScalar @nonRepeatable
        scalar TestScalar @nonRepeatable
        """,
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (3, 8), (4, 15)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 19), (7, 26)),
        Error("The directive \"@nonRepeatable\" can only be used once at this location.", (6, 19), (8, 19)));

    [Fact]
    public void Repeatable_directives_on_SDL_definitions_and_extensions() => ExpectValidSDL(null,
        """
        directive @repeatable repeatable on SCHEMA | OBJECT

        schema @repeatable { query: Dummy }
        extend schema @repeatable

        type TestObject @repeatable
        extend type TestObject @repeatable
        """);
}
