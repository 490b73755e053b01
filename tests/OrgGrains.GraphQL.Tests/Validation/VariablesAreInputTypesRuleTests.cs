using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.8.2 Variables Are Input Types. Cases follow graphql-js's VariablesAreInputTypesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class VariablesAreInputTypesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new VariablesAreInputTypesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Unknown_types_are_ignored() => ExpectValid(
        """
        query Foo($a: Unknown, $b: [[Unknown!]]!) {
          field(a: $a, b: $b)
        }
        """);

    [Fact]
    public void Input_types_are_valid() => ExpectValid(
        """
        query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Output_types_are_invalid() => ExpectErrors(
        """
        query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
          field(a: $a, b: $b, c: $c)
        }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 15)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 24)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 44)));
}
