using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>graphql-js's bound on introspection depth. Cases follow graphql-js's MaxIntrospectionDepthRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new MaxIntrospectionDepthRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Default_introspection_query_fields_are_allowed() => ExpectValid(
        """
        query {
          __schema {
            types {
              fields {
                type {
                  ofType { name }
                }
              }
            }
          }
        }
        """);

    [Fact]
    public void Too_deep_introspection_of_fields() => ExpectErrors(
        """
        query {
          __schema {
            types {
              fields {
                type {
                  fields {
                    type {
                      fields {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Too_deep_introspection_through_fragments() => ExpectErrors(
        """
        query {
          __schema {
            types {
              ...Type
            }
          }
        }
        fragment Type on __Type {
          interfaces {
            possibleTypes {
              inputFields { name }
            }
          }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Too_deep_type_introspection() => ExpectErrors(
        """
        {
          __type(name: "Query") {
            possibleTypes {
              possibleTypes {
                possibleTypes { name }
              }
            }
          }
        }
        """,
        Error("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Recursive_fragments_do_not_loop() => ExpectValid(
        """
        {
          __schema {
            types {
              ...Recursive
            }
          }
        }
        fragment Recursive on __Type {
          ofType {
            ...Recursive
          }
        }
        """);

    [Fact]
    public void Unknown_fragments_are_ignored() => ExpectValid(
        """
        {
          __schema {
            types {
              ...Unknown
            }
          }
        }
        """);
}
