using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.4.1 Argument Names. Cases follow graphql-js's KnownArgumentNamesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class KnownArgumentNamesRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new KnownArgumentNamesRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Single_arg_is_known() => ExpectValid(
        """
        fragment argOnRequiredArg on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Multiple_args_are_known() => ExpectValid(
        """
        fragment multipleArgs on ComplicatedArgs {
          multipleReqs(req1: 1, req2: 2)
        }
        """);

    [Fact]
    public void Ignores_args_of_unknown_fields() => ExpectValid(
        """
        fragment argOnUnknownField on Dog {
          unknownField(unknownArg: SIT)
        }
        """);

    [Fact]
    public void Multiple_args_in_reverse_order_are_known() => ExpectValid(
        """
        fragment multipleArgsReverseOrder on ComplicatedArgs {
          multipleReqs(req2: 2, req1: 1)
        }
        """);

    [Fact]
    public void No_args_on_optional_arg() => ExpectValid(
        """
        fragment noArgOnOptionalArg on Dog {
          isHouseTrained
        }
        """);

    [Fact]
    public void Args_are_known_deeply() => ExpectValid(
        """
        {
          dog {
            doesKnowCommand(dogCommand: SIT)
          }
          human {
            pet {
              ... on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
            }
          }
        }
        """);

    [Fact]
    public void Directive_args_are_known() => ExpectValid(
        """
        {
          dog @skip(if: true)
        }
        """);

    [Fact]
    public void Field_args_are_invalid() => ExpectErrors(
        """
        {
          dog @skip(unless: true)
        }
        """,
        Error("Unknown argument \"unless\" on directive \"@skip\".", (2, 13)));

    [Fact]
    public void Directive_without_args_is_valid() => ExpectValid(
        """
        {
          dog @onField
        }
        """);

    [Fact]
    public void Arg_passed_to_directive_without_arg_is_reported() => ExpectErrors(
        """
        {
          dog @onField(if: true)
        }
        """,
        Error("Unknown argument \"if\" on directive \"@onField\".", (2, 16)));

    [Fact]
    public void Misspelled_directive_args_are_reported() => ExpectErrors(
        """
        {
          dog @skip(iff: true)
        }
        """,
        Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (2, 13)));

    [Fact]
    public void Invalid_arg_name() => ExpectErrors(
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(unknown: true)
        }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 19)));

    [Fact]
    public void Misspelled_arg_name_is_reported() => ExpectErrors(
        """
        fragment invalidArgName on Dog {
          doesKnowCommand(DogCommand: true)
        }
        """,
        Error("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (2, 19)));

    [Fact]
    public void Unknown_args_amongst_known_args() => ExpectErrors(
        """
        fragment oneGoodArgOneInvalidArg on Dog {
          doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
        }
        """,
        Error("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (2, 19)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (2, 49)));

    [Fact]
    public void Unknown_args_deeply() => ExpectErrors(
        """
        {
          dog {
            doesKnowCommand(unknown: true)
          }
          human {
            pet {
              ... on Dog {
                doesKnowCommand(unknown: true)
              }
            }
          }
        }
        """,
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 21)),
        Error("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (8, 25)));

    [Fact]
    public void Directive_defined_in_the_document() => ExpectErrors(
        """
        directive @test(arg: String) on FIELD
        {
          dog @test(arg: "", unknown: "")
        }
        """,
        Error("Unknown argument \"unknown\" on directive \"@test\".", (3, 22)));
}
