using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations. Cases follow graphql-js's KnownDirectivesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class KnownDirectivesRuleTests
{
    private static readonly GraphQLSchema DirectiveSchema = ValidationHarness.BuildSchema(
        """
        type Query { dummy: String }
        type Mutation { dummy: String }
        type Subscription { dummy: String }
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        """);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new KnownDirectivesRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    [Fact]
    public void With_no_directives() => ExpectValid(DirectiveSchema,
        """
        query Foo {
          name
          ...Frag
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void With_standard_directives() => ExpectValid(DirectiveSchema,
        """
        {
          human @skip(if: false) {
            name
            pets {
              ... on Dog @include(if: true) {
                name
              }
            }
          }
        }
        """);

    [Fact]
    public void With_unknown_directive() => ExpectErrors(DirectiveSchema,
        """
        {
          human @unknown(directive: "value") {
            name
          }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 9)));

    [Fact]
    public void With_many_unknown_directives() => ExpectErrors(DirectiveSchema,
        """
        {
          __typename @unknown
          human @unknown {
            name
            pets @unknown {
              name
            }
          }
        }
        """,
        Error("Unknown directive \"@unknown\".", (2, 14)),
        Error("Unknown directive \"@unknown\".", (3, 9)),
        Error("Unknown directive \"@unknown\".", (5, 10)));

    [Fact]
    public void With_well_placed_directives() => ExpectValid(DirectiveSchema,
        """
        query ($var: Boolean @onVariableDefinition) @onQuery {
          human @onField {
            ...Frag @onFragmentSpread
            ... @onInlineFragment {
              name @onField
            }
          }
        }

        mutation @onMutation {
          someField @onField
        }

        subscription @onSubscription {
          someField @onField
        }

        fragment Frag on Human @onFragmentDefinition {
          name @onField
        }
        """);

    [Fact]
    public void With_misplaced_directives() => ExpectErrors(DirectiveSchema,
        """
        query ($var: Boolean @onQuery) @onMutation {
          human @onQuery {
            ...Frag @onQuery
            ... @onQuery {
              name @onQuery
            }
          }
        }

        mutation @onQuery {
          someField @onQuery
        }

        subscription @onQuery {
          someField @onQuery
        }

        fragment Frag on Human @onQuery {
          name @onQuery
        }
        """,
        Error("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (1, 22)),
        Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 32)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (2, 9)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (3, 13)),
        Error("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (4, 9)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (5, 12)),
        Error("Directive \"@onQuery\" may not be used on MUTATION.", (10, 10)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (11, 13)),
        Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (14, 14)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (15, 13)),
        Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (18, 24)),
        Error("Directive \"@onQuery\" may not be used on FIELD.", (19, 8)));

    [Fact]
    public void Directives_defined_in_the_document_are_known() => ExpectErrors(DirectiveSchema,
        """
        directive @local on FIELD
        { dummy @local @local2 }
        """,
        Error("Unknown directive \"@local2\".", (2, 16)));
}
