using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.4.2 Argument Uniqueness. Cases follow graphql-js's UniqueArgumentNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class UniqueArgumentNamesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new UniqueArgumentNamesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void No_arguments_on_field() => ExpectValid(
        """
        {
          field
        }
        """);

    [Fact]
    public void No_arguments_on_directive() => ExpectValid(
        """
        {
          field @directive
        }
        """);

    [Fact]
    public void Argument_on_field() => ExpectValid(
        """
        {
          field(arg: "value")
        }
        """);

    [Fact]
    public void Argument_on_directive() => ExpectValid(
        """
        {
          field @directive(arg: "value")
        }
        """);

    [Fact]
    public void Same_argument_on_two_fields() => ExpectValid(
        """
        {
          one: field(arg: "value")
          two: field(arg: "value")
        }
        """);

    [Fact]
    public void Same_argument_on_field_and_directive() => ExpectValid(
        """
        {
          field(arg: "value") @directive(arg: "value")
        }
        """);

    [Fact]
    public void Same_argument_on_two_directives() => ExpectValid(
        """
        {
          field @directive1(arg: "value") @directive2(arg: "value")
        }
        """);

    [Fact]
    public void Multiple_field_arguments() => ExpectValid(
        """
        {
          field(arg1: "value", arg2: "value", arg3: "value")
        }
        """);

    [Fact]
    public void Multiple_directive_arguments() => ExpectValid(
        """
        {
          field @directive(arg1: "value", arg2: "value", arg3: "value")
        }
        """);

    [Fact]
    public void Duplicate_field_arguments() => ExpectErrors(
        """
        {
          field(arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24)));

    [Fact]
    public void Many_duplicate_field_arguments() => ExpectErrors(
        """
        {
          field(arg1: "value", arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 9), (2, 24), (2, 39)));

    [Fact]
    public void Duplicate_directive_arguments() => ExpectErrors(
        """
        {
          field @directive(arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35)));

    [Fact]
    public void Many_duplicate_directive_arguments() => ExpectErrors(
        """
        {
          field @directive(arg1: "value", arg1: "value", arg1: "value")
        }
        """,
        Error("There can be only one argument named \"arg1\".", (2, 20), (2, 35), (2, 50)));
}
