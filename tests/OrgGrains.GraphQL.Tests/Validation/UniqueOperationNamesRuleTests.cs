using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.2.1.1 Operation Name Uniqueness. Cases follow graphql-js's UniqueOperationNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueOperationNamesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new UniqueOperationNamesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void No_operations() => ExpectValid(
        """
        fragment fragA on Type {
          field
        }
        """);

    [Fact]
    public void One_anon_operation() => ExpectValid(
        """
        {
          field
        }
        """);

    [Fact]
    public void One_named_operation() => ExpectValid(
        """
        query Foo {
          field
        }
        """);

    [Fact]
    public void Multiple_operations() => ExpectValid(
        """
        query Foo {
          field
        }

        query Bar {
          field
        }
        """);

    [Fact]
    public void Multiple_operations_of_different_types() => ExpectValid(
        """
        query Foo {
          field
        }

        mutation Bar {
          field
        }

        subscription Baz {
          field
        }
        """);

    [Fact]
    public void Fragment_and_operation_named_the_same() => ExpectValid(
        """
        query Foo {
          ...Foo
        }
        fragment Foo on Type {
          field
        }
        """);

    [Fact]
    public void Multiple_operations_of_same_name() => ExpectErrors(
        """
        query Foo {
          fieldA
        }
        query Foo {
          fieldB
        }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (4, 7)));

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_mutation() => ExpectErrors(
        """
        query Foo {
          fieldA
        }
        mutation Foo {
          fieldB
        }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (4, 10)));

    [Fact]
    public void Multiple_ops_of_same_name_of_different_types_subscription() => ExpectErrors(
        """
        query Foo {
          fieldA
        }
        subscription Foo {
          fieldB
        }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (4, 14)));

    [Fact]
    public void Three_operations_of_same_name_report_two_errors() => ExpectErrors(
        """
        query Foo { a }
        query Foo { b }
        query Foo { c }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)),
        Error("There can be only one operation named \"Foo\".", (1, 7), (3, 7)));
}
