using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.8.4 All Variables Used. Cases follow graphql-js's NoUnusedVariablesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class NoUnusedVariablesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new NoUnusedVariablesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Uses_all_variables() => ExpectValid(
        """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void Uses_all_variables_deeply() => ExpectValid(
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a) {
            field(b: $b) {
              field(c: $c)
            }
          }
        }
        """);

    [Fact]
    public void Uses_all_variables_deeply_in_inline_fragments() => ExpectValid(
        """
        query Foo($a: String, $b: String, $c: String) {
          ... on Type {
            field(a: $a) {
              field(b: $b) {
                ... on Type {
                  field(c: $c)
                }
              }
            }
          }
        }
        """);

    [Fact]
    public void Uses_all_variables_in_fragments() => ExpectValid(
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c)
        }
        """);

    [Fact]
    public void Variable_used_by_fragment_in_multiple_operations() => ExpectValid(
        """
        query Foo($a: String) {
          ...FragA
        }
        query Bar($b: String) {
          ...FragB
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """);

    [Fact]
    public void Variable_used_by_recursive_fragment() => ExpectValid(
        """
        query Foo($a: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragA
          }
        }
        """);

    [Fact]
    public void Variable_not_used() => ExpectErrors(
        """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b)
        }
        """,
        Error("Variable \"$c\" is never used.", (1, 32)));

    [Fact]
    public void Multiple_variables_not_used() => ExpectErrors(
        """
        query Foo($a: String, $b: String, $c: String) {
          field(b: $b)
        }
        """,
        Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Variable_not_used_in_fragments() => ExpectErrors(
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field
        }
        """,
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Multiple_variables_not_used_in_fragments() => ExpectErrors(
        """
        query Foo($a: String, $b: String, $c: String) {
          ...FragA
        }
        fragment FragA on Type {
          field {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field
        }
        """,
        Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));

    [Fact]
    public void Variable_not_used_by_unreferenced_fragment() => ExpectErrors(
        """
        query Foo($b: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)));

    [Fact]
    public void Variable_not_used_by_fragment_used_by_other_operation() => ExpectErrors(
        """
        query Foo($b: String) {
          ...FragA
        }
        query Bar($a: String) {
          ...FragB
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """,
        Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 11)),
        Error("Variable \"$a\" is never used in operation \"Bar\".", (4, 11)));

    [Fact]
    public void Variable_used_only_in_its_own_default_value_directive_is_unused() => ExpectErrors(
        """
        query Foo($a: String @onField) {
          field
        }
        """,
        Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)));
}
