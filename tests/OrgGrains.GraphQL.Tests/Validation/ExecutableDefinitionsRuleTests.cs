using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.1.1 Executable Definitions. Cases follow graphql-js's ExecutableDefinitionsRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new ExecutableDefinitionsRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void With_only_operation() => ExpectValid(
        """
        query Foo {
          dog {
            name
          }
        }
        """);

    [Fact]
    public void With_operation_and_fragment() => ExpectValid(
        """
        query Foo {
          dog {
            name
            ...Frag
          }
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void With_type_definition() => ExpectErrors(
        """
        query Foo {
          dog {
            name
          }
        }

        type Cow {
          name: String
        }

        extend type Dog {
          color: String
        }
        """,
        Error("The \"Cow\" definition is not executable.", (7, 1)),
        Error("The \"Dog\" definition is not executable.", (11, 1)));

    [Fact]
    public void With_schema_definition() => ExpectErrors(
        """
        schema {
          query: Query
        }

        type Query {
          test: String
        }

        extend schema @directive
        """,
        Error("The schema definition is not executable.", (1, 1)),
        Error("The \"Query\" definition is not executable.", (5, 1)),
        Error("The schema definition is not executable.", (9, 1)));

    [Fact]
    public void With_directive_definition() => ExpectErrors(
        """
        { dog { name } }

        directive @tag on FIELD
        """,
        Error("The \"tag\" definition is not executable.", (3, 1)));
}
