using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.6.1 Values of Correct Type (with input object fields, required fields and @oneOf). Cases follow graphql-js's ValuesOfCorrectTypeRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class ValuesOfCorrectTypeRuleTests
{
    private static readonly GraphQLSchema CustomScalarSchema = ValidationHarness.BuildSchema(
        """
        scalar CustomScalar
        type Query { invalidArg(arg: CustomScalar): String }
        """);

    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new ValuesOfCorrectTypeRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new ValuesOfCorrectTypeRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    [Fact]
    public void Good_int_value() => ExpectValid(
        """
        {
          complicatedArgs {
            intArgField(intArg: 2)
          }
        }
        """);

    [Fact]
    public void Good_negative_int_value() => ExpectValid(
        """
        {
          complicatedArgs {
            intArgField(intArg: -2)
          }
        }
        """);

    [Fact]
    public void Good_boolean_value() => ExpectValid(
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: true)
          }
        }
        """);

    [Fact]
    public void Good_string_value() => ExpectValid(
        """
        {
          complicatedArgs {
            stringArgField(stringArg: "foo")
          }
        }
        """);

    [Fact]
    public void Good_float_value() => ExpectValid(
        """
        {
          complicatedArgs {
            floatArgField(floatArg: 1.1)
          }
        }
        """);

    [Fact]
    public void Int_into_float() => ExpectValid(
        """
        {
          complicatedArgs {
            floatArgField(floatArg: 1)
          }
        }
        """);

    [Fact]
    public void Int_into_ID() => ExpectValid(
        """
        {
          complicatedArgs {
            idArgField(idArg: 1)
          }
        }
        """);

    [Fact]
    public void String_into_ID() => ExpectValid(
        """
        {
          complicatedArgs {
            idArgField(idArg: "someIdString")
          }
        }
        """);

    [Fact]
    public void Good_enum_value() => ExpectValid(
        """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
        }
        """);

    [Fact]
    public void Enum_with_undefined_value() => ExpectValid(
        """
        {
          complicatedArgs {
            enumArgField(enumArg: UNKNOWN)
          }
        }
        """);

    [Fact]
    public void Enum_with_null_value() => ExpectValid(
        """
        {
          complicatedArgs {
            enumArgField(enumArg: NO_FUR)
          }
        }
        """);

    [Fact]
    public void Null_into_nullable_type() => ExpectValid(
        """
        {
          complicatedArgs {
            intArgField(intArg: null)
          }
        }
        """);

    [Fact]
    public void Null_into_nullable_type_dog() => ExpectValid(
        """
        {
          dog(a: null, b: null, c:{ requiredField: true, intField: null }) {
            name
          }
        }
        """);

    [Fact]
    public void Int_into_string() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringArgField(stringArg: 1)
          }
        }
        """,
        Error("String cannot represent a non string value: 1", (3, 31)));

    [Fact]
    public void Float_into_string() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringArgField(stringArg: 1.0)
          }
        }
        """,
        Error("String cannot represent a non string value: 1.0", (3, 31)));

    [Fact]
    public void Boolean_into_string() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringArgField(stringArg: true)
          }
        }
        """,
        Error("String cannot represent a non string value: true", (3, 31)));

    [Fact]
    public void Unquoted_string_into_string() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringArgField(stringArg: BAR)
          }
        }
        """,
        Error("String cannot represent a non string value: BAR", (3, 31)));

    [Fact]
    public void String_into_int() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: "3")
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"3\"", (3, 25)));

    [Fact]
    public void Big_int_into_int() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: 829384293849283498239482938)
          }
        }
        """,
        Error("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (3, 25)));

    [Fact]
    public void Unquoted_string_into_int() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: FOO)
          }
        }
        """,
        Error("Int cannot represent non-integer value: FOO", (3, 25)));

    [Fact]
    public void Simple_float_into_int() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: 3.0)
          }
        }
        """,
        Error("Int cannot represent non-integer value: 3.0", (3, 25)));

    [Fact]
    public void Float_into_int() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: 3.333)
          }
        }
        """,
        Error("Int cannot represent non-integer value: 3.333", (3, 25)));

    [Fact]
    public void String_into_float() => ExpectErrors(
        """
        {
          complicatedArgs {
            floatArgField(floatArg: "3.333")
          }
        }
        """,
        Error("Float cannot represent non numeric value: \"3.333\"", (3, 29)));

    [Fact]
    public void Boolean_into_float() => ExpectErrors(
        """
        {
          complicatedArgs {
            floatArgField(floatArg: true)
          }
        }
        """,
        Error("Float cannot represent non numeric value: true", (3, 29)));

    [Fact]
    public void Unquoted_into_float() => ExpectErrors(
        """
        {
          complicatedArgs {
            floatArgField(floatArg: FOO)
          }
        }
        """,
        Error("Float cannot represent non numeric value: FOO", (3, 29)));

    [Fact]
    public void Int_into_boolean() => ExpectErrors(
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: 2)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: 2", (3, 33)));

    [Fact]
    public void Float_into_boolean() => ExpectErrors(
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: 1.0)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: 1.0", (3, 33)));

    [Fact]
    public void String_into_boolean() => ExpectErrors(
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: "true")
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: \"true\"", (3, 33)));

    [Fact]
    public void Unquoted_into_boolean() => ExpectErrors(
        """
        {
          complicatedArgs {
            booleanArgField(booleanArg: TRUE)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: TRUE", (3, 33)));

    [Fact]
    public void Float_into_ID() => ExpectErrors(
        """
        {
          complicatedArgs {
            idArgField(idArg: 1.0)
          }
        }
        """,
        Error("ID cannot represent a non-string and non-integer value: 1.0", (3, 23)));

    [Fact]
    public void Boolean_into_ID() => ExpectErrors(
        """
        {
          complicatedArgs {
            idArgField(idArg: true)
          }
        }
        """,
        Error("ID cannot represent a non-string and non-integer value: true", (3, 23)));

    [Fact]
    public void Unquoted_into_ID() => ExpectErrors(
        """
        {
          complicatedArgs {
            idArgField(idArg: SOMETHING)
          }
        }
        """,
        Error("ID cannot represent a non-string and non-integer value: SOMETHING", (3, 23)));

    [Fact]
    public void Int_into_enum() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(dogCommand: 2)
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: 2.", (3, 33)));

    [Fact]
    public void Float_into_enum() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(dogCommand: 1.0)
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: 1.0.", (3, 33)));

    [Fact]
    public void String_into_enum() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(dogCommand: "SIT")
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: \"SIT\". Did you mean the enum value \"SIT\"?", (3, 33)));

    [Fact]
    public void Boolean_into_enum() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(dogCommand: true)
          }
        }
        """,
        Error("Enum \"DogCommand\" cannot represent non-enum value: true.", (3, 33)));

    [Fact]
    public void Unknown_enum_value_into_enum() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(dogCommand: JUGGLE)
          }
        }
        """,
        Error("Value \"JUGGLE\" does not exist in \"DogCommand\" enum.", (3, 33)));

    [Fact]
    public void Different_case_enum_value_into_enum() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(dogCommand: sit)
          }
        }
        """,
        Error("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", (3, 33)));

    [Fact]
    public void Good_list_value() => ExpectValid(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", null, "two"])
          }
        }
        """);

    [Fact]
    public void Empty_list_value() => ExpectValid(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: [])
          }
        }
        """);

    [Fact]
    public void Null_value_into_list() => ExpectValid(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: null)
          }
        }
        """);

    [Fact]
    public void Single_value_into_list() => ExpectValid(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: "one")
          }
        }
        """);

    [Fact]
    public void Incorrect_item_type() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: ["one", 2])
          }
        }
        """,
        Error("String cannot represent a non string value: 2", (3, 47)));

    [Fact]
    public void Single_value_of_incorrect_type() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringListArgField(stringListArg: 1)
          }
        }
        """,
        Error("String cannot represent a non string value: 1", (3, 39)));

    [Fact]
    public void Null_into_non_null_item_list() => ExpectErrors(
        """
        {
          complicatedArgs {
            stringListNonNullArgField(stringListNonNullArg: ["one", null])
          }
        }
        """,
        Error("Expected value of type \"String!\", found null.", (3, 61)));

    [Fact]
    public void List_into_scalar() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: [1, 2])
          }
        }
        """,
        Error("Int cannot represent non-integer value: [1, 2]", (3, 25)));

    [Fact]
    public void Arg_on_optional_arg() => ExpectValid(
        """
        {
          dog {
            isHouseTrained(atOtherHomes: true)
          }
        }
        """);

    [Fact]
    public void Multiple_args() => ExpectValid(
        """
        {
          complicatedArgs {
            multipleReqs(req1: 1, req2: 2)
          }
        }
        """);

    [Fact]
    public void Incorrect_value_type() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req2: "two", req1: "one")
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"two\"", (3, 24)),
        Error("Int cannot represent non-integer value: \"one\"", (3, 37)));

    [Fact]
    public void Incorrect_value_and_missing_argument_ProvidedRequiredArguments_reports_the_missing_one() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req1: "one")
          }
        }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (3, 24)));

    [Fact]
    public void Null_value_into_non_null_argument() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req1: null)
          }
        }
        """,
        Error("Expected value of type \"Int!\", found null.", (3, 24)));

    [Fact]
    public void Optional_arg_despite_required_field_in_type() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField
          }
        }
        """);

    [Fact]
    public void Partial_object_only_required() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true })
          }
        }
        """);

    [Fact]
    public void Partial_object_required_field_can_be_falsy() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: false })
          }
        }
        """);

    [Fact]
    public void Partial_object_including_required() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { requiredField: true, intField: 4 })
          }
        }
        """);

    [Fact]
    public void Full_object() => ExpectValid(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              intField: 4,
              stringField: "foo",
              booleanField: false,
              stringListField: ["one", "two"]
            })
          }
        }
        """);

    [Fact]
    public void Partial_object_missing_required() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: { intField: 4 })
          }
        }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (3, 33)));

    [Fact]
    public void Partial_object_invalid_field_type() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              stringListField: ["one", 2],
              requiredField: true,
            })
          }
        }
        """,
        Error("String cannot represent a non string value: 2", (4, 32)));

    [Fact]
    public void Partial_object_null_to_non_null_field() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              nonNullField: null,
            })
          }
        }
        """,
        Error("Expected value of type \"Boolean!\", found null.", (5, 21)));

    [Fact]
    public void Partial_object_unknown_field_arg() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: {
              requiredField: true,
              invalidField: "value"
            })
          }
        }
        """,
        Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (5, 7)));

    [Fact]
    public void Object_into_scalar() => ExpectErrors(
        """
        {
          complicatedArgs {
            intArgField(intArg: { value: 1 })
          }
        }
        """,
        Error("Int cannot represent non-integer value: {value: 1}", (3, 25)));

    [Fact]
    public void Scalar_into_input_object() => ExpectErrors(
        """
        {
          complicatedArgs {
            complexArgField(complexArg: 1)
          }
        }
        """,
        Error("Expected value of type \"ComplexInput\", found 1.", (3, 33)));

    [Fact]
    public void Reports_original_error_for_custom_scalar_which_throws() => ExpectValid(CustomScalarSchema,
        """
        {
          invalidArg(arg: { a: 1, b: [true] })
        }
        """);

    [Fact]
    public void Exactly_one_oneOf_field() => ExpectValid(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc" })
          }
        }
        """);

    [Fact]
    public void Exactly_one_nullable_variable_in_a_oneOf_field_is_left_to_VariablesInAllowedPosition() => ExpectValid(
        """
        query ($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """);

    [Fact]
    public void More_than_one_oneOf_field() => ExpectErrors(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void Null_oneOf_field() => ExpectErrors(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: null })
          }
        }
        """,
        Error("Field \"OneOfInput.stringField\" must be non-null.", (3, 29)));

    [Fact]
    public void No_oneOf_fields() => ExpectErrors(
        """
        {
          complicatedArgs {
            oneOfArgField(oneOfArg: {})
          }
        }
        """,
        Error("OneOf Input Object \"OneOfInput\" must specify exactly one key.", (3, 29)));

    [Fact]
    public void With_directives_of_valid_types() => ExpectValid(
        """
        {
          dog @include(if: true) {
            name
          }
          human @skip(if: false) {
            name
          }
        }
        """);

    [Fact]
    public void With_directive_with_incorrect_types() => ExpectErrors(
        """
        {
          dog @include(if: "yes") {
            name @skip(if: ENUM)
          }
        }
        """,
        Error("Boolean cannot represent a non boolean value: \"yes\"", (2, 20)),
        Error("Boolean cannot represent a non boolean value: ENUM", (3, 20)));

    [Fact]
    public void Variables_with_valid_default_values() => ExpectValid(
        """
        query WithDefaultValues(
          $a: Int = 1,
          $b: String = "ok",
          $c: ComplexInput = { requiredField: true, intField: 3 }
          $d: Int! = 123
        ) {
          dog { name }
        }
        """);

    [Fact]
    public void Variables_with_invalid_default_values() => ExpectErrors(
        """
        query InvalidDefaultValues(
          $a: Int = "one",
          $b: String = 4,
          $c: ComplexInput = "NotVeryComplex"
        ) {
          dog { name }
        }
        """,
        Error("Int cannot represent non-integer value: \"one\"", (2, 13)),
        Error("String cannot represent a non string value: 4", (3, 16)),
        Error("Expected value of type \"ComplexInput\", found \"NotVeryComplex\".", (4, 22)));

    [Fact]
    public void Variables_with_complex_invalid_default_values() => ExpectErrors(
        """
        query WithDefaultValues(
          $a: ComplexInput = { requiredField: 123, intField: "abc" }
        ) {
          dog { name }
        }
        """,
        Error("Boolean cannot represent a non boolean value: 123", (2, 39)),
        Error("Int cannot represent non-integer value: \"abc\"", (2, 54)));

    [Fact]
    public void Complex_variables_missing_required_field() => ExpectErrors(
        """
        query MissingRequiredField($a: ComplexInput = {intField: 3}) {
          dog { name }
        }
        """,
        Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (1, 47)));

    [Fact]
    public void List_variables_with_invalid_item() => ExpectErrors(
        """
        query InvalidItem($a: [String] = ["one", 2]) {
          dog { name }
        }
        """,
        Error("String cannot represent a non string value: 2", (1, 42)));
}
