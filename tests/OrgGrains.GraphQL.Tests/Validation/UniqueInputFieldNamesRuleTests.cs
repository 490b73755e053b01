using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.6.3 Input Object Field Uniqueness. Cases follow graphql-js's UniqueInputFieldNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new UniqueInputFieldNamesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Input_object_with_fields() => ExpectValid(
        """
        {
          field(arg: { f: true })
        }
        """);

    [Fact]
    public void Same_input_object_within_two_args() => ExpectValid(
        """
        {
          field(arg1: { f: true }, arg2: { f: true })
        }
        """);

    [Fact]
    public void Multiple_input_object_fields() => ExpectValid(
        """
        {
          field(arg: { f1: "value", f2: "value", f3: "value" })
        }
        """);

    [Fact]
    public void Allows_for_nested_input_objects_with_similar_fields() => ExpectValid(
        """
        {
          field(arg: {
            deep: {
              deep: {
                id: 1
              }
              id: 1
            }
            id: 1
          })
        }
        """);

    [Fact]
    public void Duplicate_input_object_fields() => ExpectErrors(
        """
        {
          field(arg: { f1: "value", f1: "value" })
        }
        """,
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)));

    [Fact]
    public void Many_duplicate_input_object_fields() => ExpectErrors(
        """
        {
          field(arg: { f1: "value", f1: "value", f1: "value" })
        }
        """,
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
        Error("There can be only one input field named \"f1\".", (2, 16), (2, 42)));

    [Fact]
    public void Nested_duplicate_input_object_fields() => ExpectErrors(
        """
        {
          field(arg: { f1: {f2: "value", f2: "value" }})
        }
        """,
        Error("There can be only one input field named \"f2\".", (2, 21), (2, 34)));
}
