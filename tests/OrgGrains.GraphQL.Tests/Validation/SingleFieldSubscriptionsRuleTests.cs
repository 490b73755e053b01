using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.2.3.1 Single Root Field. Cases follow graphql-js's SingleFieldSubscriptionsRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly GraphQLSchema SubscriptionSchema = ValidationHarness.BuildSchema(
        """
        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
          newMessage: Message
        }

        type QueryRoot {
          dummy: String
        }

        schema {
          query: QueryRoot
          subscription: SubscriptionRoot
        }
        """);

    private static readonly GraphQLSchema EmptySchema = ValidationHarness.BuildSchema(
        """
        type QueryRoot {
          dummy: String
        }

        schema {
          query: QueryRoot
        }
        """);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new SingleFieldSubscriptionsRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    [Fact]
    public void Valid_subscription() => ExpectValid(SubscriptionSchema,
        """
        subscription ImportantEmails {
          importantEmails
        }
        """);

    [Fact]
    public void Valid_subscription_with_fragment() => ExpectValid(SubscriptionSchema,
        """
        subscription sub {
          ...newMessageFields
        }

        fragment newMessageFields on SubscriptionRoot {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Valid_subscription_with_fragment_and_field() => ExpectValid(SubscriptionSchema,
        """
        subscription sub {
          newMessage {
            body
          }
          ...newMessageFields
        }

        fragment newMessageFields on SubscriptionRoot {
          newMessage {
            body
            sender
          }
        }
        """);

    [Fact]
    public void Fails_with_more_than_one_root_field() => ExpectErrors(SubscriptionSchema,
        """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Fails_with_more_than_one_root_field_including_introspection() => ExpectErrors(SubscriptionSchema,
        """
        subscription ImportantEmails {
          importantEmails
          __typename
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3)),
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 3)));

    [Fact]
    public void Fails_with_more_than_one_root_field_including_aliased_introspection_via_fragment() => ExpectErrors(SubscriptionSchema,
        """
        subscription ImportantEmails {
          importantEmails
          ...Introspection
        }
        fragment Introspection on SubscriptionRoot {
          typename: __typename
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (6, 3)),
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (6, 3)));

    [Fact]
    public void Fails_with_many_more_than_one_root_field() => ExpectErrors(SubscriptionSchema,
        """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
          spamEmails
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (4, 3)));

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments() => ExpectErrors(SubscriptionSchema,
        """
        subscription ImportantEmails {
          importantEmails
          ... {
            more: moreImportantEmails
          }
          ...NotImportantEmails
        }
        fragment NotImportantEmails on SubscriptionRoot {
          notImportantEmails
          deleted: deletedEmails
          ...SpamEmails
        }
        fragment SpamEmails on SubscriptionRoot {
          spamEmails
        }
        """,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (4, 5), (9, 3), (10, 3), (14, 3)));

    [Fact]
    public void Does_not_infinite_loop_on_recursive_fragments() => ExpectValid(SubscriptionSchema,
        """
        subscription NoInfiniteLoop {
          ...A
        }
        fragment A on SubscriptionRoot {
          ...A
        }
        """);

    [Fact]
    public void Fails_with_many_more_than_one_root_field_via_fragments_anonymous() => ExpectErrors(SubscriptionSchema,
        """
        subscription {
          importantEmails
          ... {
            more: moreImportantEmails
            ...NotImportantEmails
          }
          ...NotImportantEmails
        }
        fragment NotImportantEmails on SubscriptionRoot {
          notImportantEmails
          deleted: deletedEmails
          ... {
            ... {
              archivedEmails
            }
          }
          ...SpamEmails
        }
        fragment SpamEmails on SubscriptionRoot {
          spamEmails
          ...NonExistentFragment
        }
        """,
        Error("Anonymous Subscription must select only one top level field.", (4, 5), (10, 3), (11, 3), (14, 7), (20, 3)));

    [Fact]
    public void Fails_with_more_than_one_root_field_in_anonymous_subscriptions() => ExpectErrors(SubscriptionSchema,
        """
        subscription {
          importantEmails
          notImportantEmails
        }
        """,
        Error("Anonymous Subscription must select only one top level field.", (3, 3)));

    [Fact]
    public void Fails_with_introspection_field() => ExpectErrors(SubscriptionSchema,
        """
        subscription ImportantEmails {
          __typename
        }
        """,
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Fails_with_introspection_field_in_anonymous_subscription() => ExpectErrors(SubscriptionSchema,
        """
        subscription {
          __typename
        }
        """,
        Error("Anonymous Subscription must not select an introspection top level field.", (2, 3)));

    [Fact]
    public void Skips_if_not_subscription_type() => ExpectValid(EmptySchema,
        """
        subscription {
          __typename
        }
        """);

    // The current specification forbids @skip/@include here; graphql-js 16 evaluates them (and throws on variables). Message of graphql-js 17.
    [Fact]
    public void Skip_and_include_are_not_allowed_on_root_selections() => ExpectErrors(SubscriptionSchema,
        """
        subscription {
          importantEmails @skip(if: true)
          notImportantEmails @include(if: false)
        }
        """,
        Error("Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (2, 19), (3, 22)));

    // The current specification forbids @skip/@include here; graphql-js 16 throws on the variable.
    [Fact]
    public void Skip_and_include_are_not_allowed_on_root_selections_inside_fragments() => ExpectErrors(SubscriptionSchema,
        """
        subscription Sub($on: Boolean!) {
          ...Fields
        }
        fragment Fields on SubscriptionRoot {
          importantEmails @include(if: $on)
        }
        """,
        Error("Subscription \"Sub\" must not use `@skip` or `@include` directives in the top level selection.", (5, 19)));

    [Fact]
    public void Fragments_on_other_types_are_not_collected() => ExpectValid(SubscriptionSchema,
        """
        subscription {
          importantEmails
          ... on Message { body }
        }
        """);
}
