using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.3.3 Leaf Field Selections. Cases follow graphql-js's ScalarLeafsRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class ScalarLeafsRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new ScalarLeafsRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void Valid_scalar_selection() => ExpectValid(
        """
        fragment scalarSelection on Dog {
          barks
        }
        """);

    [Fact]
    public void Object_type_missing_selection() => ExpectErrors(
        """
        query directQueryOnObjectWithoutSubFields {
          human
        }
        """,
        Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (2, 3)));

    [Fact]
    public void Interface_type_missing_selection() => ExpectErrors(
        """
        {
          human { pets }
        }
        """,
        Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (2, 11)));

    [Fact]
    public void Valid_scalar_selection_with_args() => ExpectValid(
        """
        fragment scalarSelectionWithArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Scalar_selection_not_allowed_on_Boolean() => ExpectErrors(
        """
        fragment scalarSelectionsNotAllowedOnBoolean on Dog {
          barks { sinceWhen }
        }
        """,
        Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (2, 9)));

    [Fact]
    public void Scalar_selection_not_allowed_on_Enum() => ExpectErrors(
        """
        fragment scalarSelectionsNotAllowedOnEnum on Cat {
          furColor { inHexDec }
        }
        """,
        Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (2, 12)));

    [Fact]
    public void Scalar_selection_not_allowed_with_args() => ExpectErrors(
        """
        fragment scalarSelectionsNotAllowedWithArgs on Dog {
          doesKnowCommand(dogCommand: SIT) { sinceWhen }
        }
        """,
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 36)));

    [Fact]
    public void Scalar_selection_not_allowed_with_directives() => ExpectErrors(
        """
        fragment scalarSelectionsNotAllowedWithDirectives on Dog {
          name @include(if: true) { isAlsoHumanName }
        }
        """,
        Error("Field \"name\" must not have a selection since type \"String\" has no subfields.", (2, 27)));

    [Fact]
    public void Scalar_selection_not_allowed_with_directives_and_args() => ExpectErrors(
        """
        fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
          doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
        }
        """,
        Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (2, 55)));

    [Fact]
    public void Non_null_list_of_objects_missing_selection() => ExpectErrors(
        """
        {
          human { relatives }
        }
        """,
        Error("Field \"relatives\" of type \"[Human]!\" must have a selection of subfields. Did you mean \"relatives { ... }\"?", (2, 11)));
}
