using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.5.1.4 Fragments Must Be Used. Cases follow graphql-js's NoUnusedFragmentsRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class NoUnusedFragmentsRuleTests
{
    private static void ExpectErrors(string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(new NoUnusedFragmentsRule(), query, errors);

    private static void ExpectValid(string query) => ExpectErrors(query);

    [Fact]
    public void All_fragment_names_are_used() => ExpectValid(
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void All_fragment_names_are_used_by_multiple_operations() => ExpectValid(
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """);

    [Fact]
    public void Contains_unknown_fragments() => ExpectErrors(
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        fragment Unused1 on Human {
          name
        }
        fragment Unused2 on Human {
          name
        }
        """,
        Error("Fragment \"Unused1\" is never used.", (21, 1)),
        Error("Fragment \"Unused2\" is never used.", (24, 1)));

    [Fact]
    public void Contains_unknown_fragments_with_ref_cycle() => ExpectErrors(
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        fragment Unused1 on Human {
          name
          ...Unused2
        }
        fragment Unused2 on Human {
          name
          ...Unused1
        }
        """,
        Error("Fragment \"Unused1\" is never used.", (21, 1)),
        Error("Fragment \"Unused2\" is never used.", (25, 1)));

    [Fact]
    public void Contains_unknown_and_undef_fragments() => ExpectErrors(
        """
        query Foo {
          human(id: 4) {
            ...bar
          }
        }
        fragment foo on Human {
          name
        }
        """,
        Error("Fragment \"foo\" is never used.", (6, 1)));

    [Fact]
    public void Fragment_used_only_by_itself_is_unused() => ExpectErrors(
        """
        { dog { name } }
        fragment Self on Dog { ...Self }
        """,
        Error("Fragment \"Self\" is never used.", (2, 1)));
}
