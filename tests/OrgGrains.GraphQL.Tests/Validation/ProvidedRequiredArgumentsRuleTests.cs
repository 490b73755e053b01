using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.4.2.1 Required Arguments. Cases follow graphql-js's ProvidedRequiredArgumentsRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class ProvidedRequiredArgumentsRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new ProvidedRequiredArgumentsRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Ignores_unknown_arguments() => ExpectValid(
        """
        {
          dog {
            isHouseTrained(unknownArgument: true)
          }
        }
        """);

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
    public void No_arg_on_optional_arg() => ExpectValid(
        """
        {
          dog {
            isHouseTrained
          }
        }
        """);

    [Fact]
    public void No_arg_on_non_null_field_with_default() => ExpectValid(
        """
        {
          complicatedArgs {
            nonNullFieldWithDefault
          }
        }
        """);

    [Fact]
    public void Multiple_args_in_reverse_order() => ExpectValid(
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2, req1: 1)
          }
        }
        """);

    [Fact]
    public void All_reqs_and_opts_on_mixed_list() => ExpectValid(
        """
        {
          complicatedArgs {
            multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
          }
        }
        """);

    [Fact]
    public void Missing_one_non_nullable_argument() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req2: 2)
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Missing_multiple_non_nullable_arguments() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Incorrect_value_and_missing_argument() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs(req1: "one")
          }
        }
        """,
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));

    [Fact]
    public void Ignores_unknown_directives() => ExpectValid(
        """
        {
          dog @unknown
        }
        """);

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
    public void With_directive_with_missing_types() => ExpectErrors(
        """
        {
          dog @include {
            name @skip
          }
        }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (2, 7)),
        Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 10)));

    [Fact]
    public void Missing_argument_of_a_directive_defined_in_the_document() => ExpectErrors(
        """
        directive @test(arg1: String!, arg2: String! = "", arg3: [String]!) on FIELD
        {
          dog @test
        }
        """,
        Error("Directive \"@test\" argument \"arg1\" of type \"String!\" is required, but it was not provided.", (3, 7)),
        Error("Directive \"@test\" argument \"arg3\" of type \"[String]!\" is required, but it was not provided.", (3, 7)));

    [Fact]
    public void Errors_inside_a_field_come_before_the_field() => ExpectErrors(
        """
        {
          complicatedArgs {
            multipleReqs @include {
              x
            }
          }
        }
        """,
        Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 18)),
        Error("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (3, 5)),
        Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (3, 5)));
}
