using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.5.1.1 Fragment Name Uniqueness. Cases follow graphql-js's UniqueFragmentNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueFragmentNamesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new UniqueFragmentNamesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void No_fragments() => ExpectValid(
        """
        {
          field
        }
        """);

    [Fact]
    public void One_fragment() => ExpectValid(
        """
        {
          ...fragA
        }

        fragment fragA on Type {
          field
        }
        """);

    [Fact]
    public void Many_fragments() => ExpectValid(
        """
        {
          ...fragA
          ...fragB
          ...fragC
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragB on Type {
          fieldB
        }
        fragment fragC on Type {
          fieldC
        }
        """);

    [Fact]
    public void Inline_fragments_are_always_unique() => ExpectValid(
        """
        {
          ...on Type {
            fieldA
          }
          ...on Type {
            fieldB
          }
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
    public void Fragments_named_the_same() => ExpectErrors(
        """
        {
          ...fragA
        }
        fragment fragA on Type {
          fieldA
        }
        fragment fragA on Type {
          fieldB
        }
        """,
        Error("There can be only one fragment named \"fragA\".", (4, 10), (7, 10)));

    [Fact]
    public void Fragments_named_the_same_without_being_referenced() => ExpectErrors(
        """
        fragment fragA on Type {
          fieldA
        }
        fragment fragA on Type {
          fieldB
        }
        """,
        Error("There can be only one fragment named \"fragA\".", (1, 10), (4, 10)));
}
