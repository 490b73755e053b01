using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.5.1.2 Fragment Spread Type Existence (and every named type reference). Cases follow graphql-js's KnownTypeNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class KnownTypeNamesRuleTests
{
    private static readonly GraphQLSchema QueryOnly = ValidationHarness.BuildSchema(
        """
        type Query {
          foo: String
        }
        """);

    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new KnownTypeNamesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new KnownTypeNamesRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    private static void ExpectSDLErrors(GraphQLSchema? schema, string sdl, params ExpectedError[] errors) =>
        ValidationHarness.ExpectSDLErrors(schema, new KnownTypeNamesRule(), sdl, errors);

    private static void ExpectValidSDL(GraphQLSchema? schema, string sdl) => ExpectSDLErrors(schema, sdl);

    [Fact]
    public void Known_type_names_are_valid() => ExpectValid(
        """
        query Foo(
          $var: String
          $required: [Int!]!
          $introspectionType: __EnumValue
        ) {
          user(id: 4) {
            pets { ... on Pet { name }, ...PetFields, ... { name } }
          }
        }

        fragment PetFields on Pet {
          name
        }
        """);

    [Fact]
    public void Unknown_type_names_are_invalid() => ExpectErrors(
        """
        query Foo($var: JumbledUpLetters) {
          user(id: 4) {
            name
            pets { ... on Badger { name }, ...PetFields }
          }
        }
        fragment PetFields on Peat {
          name
        }
        """,
        Error("Unknown type \"JumbledUpLetters\".", (1, 17)),
        Error("Unknown type \"Badger\".", (4, 19)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (7, 23)));

    [Fact]
    public void References_to_standard_scalars_that_are_missing_in_schema() => ExpectErrors(QueryOnly,
        """
        query ($id: ID, $float: Float, $int: Int) {
          __typename
        }
        """,
        Error("Unknown type \"ID\".", (1, 13)),
        Error("Unknown type \"Float\".", (1, 25)),
        Error("Unknown type \"Int\".", (1, 38)));

    [Fact]
    public void Type_definitions_in_an_executable_document_still_reference_known_types() => ExpectErrors(
        """
        type NotInSchema {
          field: FooBar
        }
        interface FooBar {
          field: NotInSchema
        }
        union U = A | B
        input Blob {
          field: UnknownType
        }
        query Foo($var: [[UnknownType!]]!) {
          __typename
        }
        """,
        Error("Unknown type \"A\". Did you mean \"U\"?", (7, 11)),
        Error("Unknown type \"B\". Did you mean \"U\"?", (7, 15)),
        Error("Unknown type \"UnknownType\".", (9, 10)),
        Error("Unknown type \"UnknownType\".", (11, 19)));

    [Fact]
    public void SDL_use_standard_types() => ExpectValidSDL(null,
        """
        type Query {
          string: String
          int: Int
          float: Float
          boolean: Boolean
          id: ID
          introspectionType: __EnumValue
        }
        """);

    [Fact]
    public void SDL_reference_types_defined_inside_the_same_document() => ExpectValidSDL(null,
        """
        union SomeUnion = SomeObject | AnotherObject

        type SomeObject implements SomeInterface {
          someScalar(arg: SomeInputObject): SomeScalar
        }

        type AnotherObject {
          foo(arg: SomeInputObject): String
        }

        type SomeInterface {
          someScalar(arg: SomeInputObject): SomeScalar
        }

        input SomeInputObject {
          someScalar: SomeScalar
        }

        scalar SomeScalar

        type RootQuery {
          someInterface: SomeInterface
          someUnion: SomeUnion
          someScalar: SomeScalar
          someObject: SomeObject
        }

        schema {
          query: RootQuery
        }
        """);

    [Fact]
    public void SDL_unknown_type_references() => ExpectSDLErrors(null,
        """
        type A
        type B

        type SomeObject implements C {
          e(d: D): E
        }

        union SomeUnion = F | G

        interface SomeInterface {
          i(h: H): I
        }

        input SomeInput {
          j: J
        }

        directive @SomeDirective(k: K) on QUERY

        schema {
          query: L
          mutation: M
          subscription: N
        }
        """,
        Error("Unknown type \"C\". Did you mean \"A\" or \"B\"?", (4, 28)),
        Error("Unknown type \"D\". Did you mean \"A\", \"B\", or \"ID\"?", (5, 8)),
        Error("Unknown type \"E\". Did you mean \"A\" or \"B\"?", (5, 12)),
        Error("Unknown type \"F\". Did you mean \"A\" or \"B\"?", (8, 19)),
        Error("Unknown type \"G\". Did you mean \"A\" or \"B\"?", (8, 23)),
        Error("Unknown type \"H\". Did you mean \"A\" or \"B\"?", (11, 8)),
        Error("Unknown type \"I\". Did you mean \"A\", \"B\", or \"ID\"?", (11, 12)),
        Error("Unknown type \"J\". Did you mean \"A\" or \"B\"?", (15, 6)),
        Error("Unknown type \"K\". Did you mean \"A\" or \"B\"?", (18, 29)),
        Error("Unknown type \"L\". Did you mean \"A\" or \"B\"?", (21, 10)),
        Error("Unknown type \"M\". Did you mean \"A\" or \"B\"?", (22, 13)),
        Error("Unknown type \"N\". Did you mean \"A\" or \"B\"?", (23, 17)));

    [Fact]
    public void SDL_does_not_consider_non_type_definitions() => ExpectSDLErrors(null,
        """
        query Foo { __typename }
        fragment Foo on Query { __typename }
        directive @Foo on QUERY

        type Query {
          foo: Foo
        }
        """,
        Error("Unknown type \"Foo\".", (6, 8)));

    [Fact]
    public void SDL_reference_types_inside_extension_document() => ExpectSDLErrors(QueryOnly,
        """
        type Foo { bar: Bar }
        extend type Query { foo: Foo }
        """,
        Error("Unknown type \"Bar\".", (1, 17)));

    [Fact]
    public void SDL_unknown_type_references_inside_extension_document() => ExpectSDLErrors(QueryOnly,
        """
        type A
        type B

        type SomeObject implements C {
          e(d: D): E
        }

        union SomeUnion = F | G
        """,
        Error("Unknown type \"C\". Did you mean \"A\" or \"B\"?", (4, 28)),
        Error("Unknown type \"D\". Did you mean \"A\", \"B\", or \"ID\"?", (5, 8)),
        Error("Unknown type \"E\". Did you mean \"A\" or \"B\"?", (5, 12)),
        Error("Unknown type \"F\". Did you mean \"A\" or \"B\"?", (8, 19)),
        Error("Unknown type \"G\". Did you mean \"A\" or \"B\"?", (8, 23)));
}
