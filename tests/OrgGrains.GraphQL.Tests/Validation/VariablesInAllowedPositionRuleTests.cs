using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.8.5 All Variable Usages Are Allowed. Cases follow graphql-js's VariablesInAllowedPositionRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class VariablesInAllowedPositionRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new VariablesInAllowedPositionRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Boolean_Boolean() => ExpectValid(
        """
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $booleanArg)
          }
        }
        """);

    [Fact]
    public void Boolean_Boolean_within_fragment() => ExpectValid(
        """
        fragment booleanArgFrag on ComplicatedArgs {
          booleanArgField(booleanArg: $booleanArg)
        }
        query Query($booleanArg: Boolean)
        {
          complicatedArgs {
            ...booleanArgFrag
          }
        }
        """);

    [Fact]
    public void Boolean_Boolean_() => ExpectValid(
        """
        query Query($nonNullBooleanArg: Boolean!)
        {
          complicatedArgs {
            booleanArgField(booleanArg: $nonNullBooleanArg)
          }
        }
        """);

    [Fact]
    public void String_String() => ExpectValid(
        """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void String_String_() => ExpectValid(
        """
        query Query($stringListVar: [String!])
        {
          complicatedArgs {
            stringListArgField(stringListArg: $stringListVar)
          }
        }
        """);

    [Fact]
    public void String_String_in_item_position() => ExpectValid(
        """
        query Query($stringVar: String)
        {
          complicatedArgs {
            stringListArgField(stringListArg: [$stringVar])
          }
        }
        """);

    [Fact]
    public void ComplexInput_ComplexInput_in_field_position() => ExpectValid(
        """
        query Query($boolVar: Boolean = false)
        {
          complicatedArgs {
            complexArgField(complexArg: {requiredArg: $boolVar})
          }
        }
        """);

    [Fact]
    public void Boolean_Boolean_in_directive() => ExpectValid(
        """
        query Query($boolVar: Boolean!)
        {
          dog @include(if: $boolVar)
        }
        """);

    [Fact]
    public void Int_Int() => ExpectErrors(
        """
        query Query($intArg: Int) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intArg)
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Int_Int_within_fragment() => ExpectErrors(
        """
        fragment nonNullIntArgFieldFrag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }

        query Query($intArg: Int) {
          complicatedArgs {
            ...nonNullIntArgFieldFrag
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (5, 13), (2, 37)));

    [Fact]
    public void Int_Int_within_nested_fragment() => ExpectErrors(
        """
        fragment outerFrag on ComplicatedArgs {
          ...nonNullIntArgFieldFrag
        }

        fragment nonNullIntArgFieldFrag on ComplicatedArgs {
          nonNullIntArgField(nonNullIntArg: $intArg)
        }

        query Query($intArg: Int) {
          complicatedArgs {
            ...outerFrag
          }
        }
        """,
        Error("Variable \"$intArg\" of type \"Int\" used in position expecting type \"Int!\".", (9, 13), (6, 37)));

    [Fact]
    public void String_over_Boolean() => ExpectErrors(
        """
        query Query($stringVar: String) {
          complicatedArgs {
            booleanArgField(booleanArg: $stringVar)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean\".", (1, 13), (3, 33)));

    [Fact]
    public void String_String__() => ExpectErrors(
        """
        query Query($stringVar: String) {
          complicatedArgs {
            stringListArgField(stringListArg: $stringVar)
          }
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"[String]\".", (1, 13), (3, 39)));

    [Fact]
    public void Boolean_Boolean_in_directive_() => ExpectErrors(
        """
        query Query($boolVar: Boolean) {
          dog @include(if: $boolVar)
        }
        """,
        Error("Variable \"$boolVar\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void String_Boolean_in_directive() => ExpectErrors(
        """
        query Query($stringVar: String) {
          dog @include(if: $stringVar)
        }
        """,
        Error("Variable \"$stringVar\" of type \"String\" used in position expecting type \"Boolean!\".", (1, 13), (2, 20)));

    [Fact]
    public void String_String___() => ExpectErrors(
        """
        query Query($stringListVar: [String])
        {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: $stringListVar)
          }
        }
        """,
        Error("Variable \"$stringListVar\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 13), (4, 53)));

    [Fact]
    public void Int_Int_fails_when_variable_provides_null_default_value() => ExpectErrors(
        """
        query Query($intVar: Int = null) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """,
        Error("Variable \"$intVar\" of type \"Int\" used in position expecting type \"Int!\".", (1, 13), (3, 39)));

    [Fact]
    public void Int_Int_when_variable_provides_non_null_default_value() => ExpectValid(
        """
        query Query($intVar: Int = 1) {
          complicatedArgs {
            nonNullIntArgField(nonNullIntArg: $intVar)
          }
        }
        """);

    [Fact]
    public void Int_Int_when_optional_argument_provides_default_value() => ExpectValid(
        """
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(nonNullIntArg: $intVar)
          }
        }
        """);

    [Fact]
    public void Boolean_Boolean_in_directive_with_default() => ExpectValid(
        """
        query Query($boolVar: Boolean = false) {
          dog @include(if: $boolVar)
        }
        """);

    [Fact]
    public void Int_Int_when_location_provides_a_default() => ExpectValid(
        """
        query Query($intVar: Int) {
          complicatedArgs {
            nonNullFieldWithDefault(arg: $intVar)
          }
        }
        """);

    [Fact]
    public void Nullable_variable_in_a_OneOf_input_object_field() => ExpectErrors(
        """
        query Query($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """,
        Error("Variable \"$string\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 13), (3, 44)));

    [Fact]
    public void Non_null_variable_in_a_OneOf_input_object_field() => ExpectValid(
        """
        query Query($string: String!) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);
}
