using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.2.2.1 Lone Anonymous Operation. Cases follow graphql-js's LoneAnonymousOperationRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class LoneAnonymousOperationRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new LoneAnonymousOperationRule(), query, errors);

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
    public void Multiple_named_operations() => ExpectValid(
        """
        query Foo {
          field
        }

        query Bar {
          field
        }
        """);

    [Fact]
    public void Anon_operation_with_fragment() => ExpectValid(
        """
        {
          ...Foo
        }
        fragment Foo on Type {
          field
        }
        """);

    [Fact]
    public void Multiple_anon_operations() => ExpectErrors(
        """
        {
          fieldA
        }
        {
          fieldB
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)),
        Error("This anonymous operation must be the only defined operation.", (4, 1)));

    [Fact]
    public void Anon_operation_with_a_mutation() => ExpectErrors(
        """
        {
          fieldA
        }
        mutation Foo {
          fieldB
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));

    [Fact]
    public void Anon_operation_with_a_subscription() => ExpectErrors(
        """
        {
          fieldA
        }
        subscription Foo {
          fieldB
        }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}
