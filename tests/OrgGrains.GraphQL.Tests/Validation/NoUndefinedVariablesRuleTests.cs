using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.8.3 All Variable Uses Defined. Cases follow graphql-js's NoUndefinedVariablesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class NoUndefinedVariablesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new NoUndefinedVariablesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void All_variables_defined() => ExpectValid(
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c)
        }
        """);

    [Fact]
    public void All_variables_deeply_defined() => ExpectValid(
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
    public void All_variables_deeply_in_inline_fragments_defined() => ExpectValid(
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
    public void All_variables_in_fragments_deeply_defined() => ExpectValid(
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
    public void Variable_within_single_fragment_defined_in_multiple_operations() => ExpectValid(
        """
        query Foo($a: String) {
          ...FragA
        }
        query Bar($a: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        """);

    [Fact]
    public void Variable_within_recursive_fragment_defined() => ExpectValid(
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
    public void Variable_not_defined() => ExpectErrors(
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c, d: $d)
        }
        """,
        Error("Variable \"$d\" is not defined by operation \"Foo\".", (2, 33), (1, 1)));

    [Fact]
    public void Variable_not_defined_by_un_named_query() => ExpectErrors(
        """
        {
          field(a: $a)
        }
        """,
        Error("Variable \"$a\" is not defined.", (2, 12), (1, 1)));

    [Fact]
    public void Multiple_variables_not_defined() => ExpectErrors(
        """
        query Foo($b: String) {
          field(a: $a, b: $b, c: $c)
        }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (2, 12), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (2, 26), (1, 1)));

    [Fact]
    public void Variable_in_fragment_not_defined_by_un_named_query() => ExpectErrors(
        """
        {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        """,
        Error("Variable \"$a\" is not defined.", (5, 12), (1, 1)));

    [Fact]
    public void Variable_in_fragment_not_defined_by_operation() => ExpectErrors(
        """
        query Foo($a: String, $b: String) {
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
        """,
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));

    [Fact]
    public void Multiple_variables_in_fragments_not_defined() => ExpectErrors(
        """
        query Foo($b: String) {
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
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (5, 12), (1, 1)),
        Error("Variable \"$c\" is not defined by operation \"Foo\".", (15, 12), (1, 1)));

    [Fact]
    public void Single_variable_in_fragment_not_defined_by_multiple_operations() => ExpectErrors(
        """
        query Foo($a: String) {
          ...FragAB
        }
        query Bar($a: String) {
          ...FragAB
        }
        fragment FragAB on Type {
          field(a: $a, b: $b)
        }
        """,
        Error("Variable \"$b\" is not defined by operation \"Foo\".", (8, 19), (1, 1)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1)));

    [Fact]
    public void Variables_in_fragment_not_defined_by_multiple_operations() => ExpectErrors(
        """
        query Foo($b: String) {
          ...FragAB
        }
        query Bar($a: String) {
          ...FragAB
        }
        fragment FragAB on Type {
          field(a: $a, b: $b)
        }
        """,
        Error("Variable \"$a\" is not defined by operation \"Foo\".", (8, 12), (1, 1)),
        Error("Variable \"$b\" is not defined by operation \"Bar\".", (8, 19), (4, 1)));

    [Fact]
    public void Variable_used_in_directive_and_default_value_position() => ExpectErrors(
        """
        query Foo {
          field @include(if: $cond)
        }
        """,
        Error("Variable \"$cond\" is not defined by operation \"Foo\".", (2, 22), (1, 1)));
}
