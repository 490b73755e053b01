using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.5.1.3 Fragments On Composite Types. Cases follow graphql-js's FragmentsOnCompositeTypesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class FragmentsOnCompositeTypesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new FragmentsOnCompositeTypesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Object_is_valid_fragment_type() => ExpectValid(
        """
        fragment validFragment on Dog {
          barks
        }
        """);

    [Fact]
    public void Interface_is_valid_fragment_type() => ExpectValid(
        """
        fragment validFragment on Pet {
          name
        }
        """);

    [Fact]
    public void Object_is_valid_inline_fragment_type() => ExpectValid(
        """
        fragment validFragment on Pet {
          ... on Dog {
            barks
          }
        }
        """);

    [Fact]
    public void Interface_is_valid_inline_fragment_type() => ExpectValid(
        """
        fragment validFragment on Mammal {
          ... on Canine {
            name
          }
        }
        """);

    [Fact]
    public void Inline_fragment_without_type_is_valid() => ExpectValid(
        """
        fragment validFragment on Pet {
          ... {
            name
          }
        }
        """);

    [Fact]
    public void Union_is_valid_fragment_type() => ExpectValid(
        """
        fragment validFragment on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void Scalar_is_invalid_fragment_type() => ExpectErrors(
        """
        fragment scalarFragment on Boolean {
          bad
        }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));

    [Fact]
    public void Enum_is_invalid_fragment_type() => ExpectErrors(
        """
        fragment scalarFragment on FurColor {
          bad
        }
        """,
        Error("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (1, 28)));

    [Fact]
    public void Input_object_is_invalid_fragment_type() => ExpectErrors(
        """
        fragment inputFragment on ComplexInput {
          stringField
        }
        """,
        Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (1, 27)));

    [Fact]
    public void Scalar_is_invalid_inline_fragment_type() => ExpectErrors(
        """
        fragment invalidFragment on Pet {
          ... on String {
            barks
          }
        }
        """,
        Error("Fragment cannot condition on non composite type \"String\".", (2, 10)));

    [Fact]
    public void Unknown_type_is_left_to_KnownTypeNames() => ExpectValid(
        """
        fragment f on Unknown {
          ... on AlsoUnknown { a }
        }
        """);
}
