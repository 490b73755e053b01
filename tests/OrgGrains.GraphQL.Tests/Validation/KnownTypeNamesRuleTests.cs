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
}
