using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;
using static OrgGrains.GraphQL.Tests.Validation.ValidationHarness;

namespace OrgGrains.GraphQL.Tests.Validation;

/// <summary>§5.2.1.1 Operation Type Existence (current specification; graphql-js 17's messages). Cases follow graphql-js's KnownOperationTypesRule-test; the expected
/// messages and locations are graphql-js 16's output for the same documents.</summary>
public sealed class KnownOperationTypesRuleTests
{
    private static readonly GraphQLSchema QueryOnlySchema = ValidationHarness.BuildSchema(
        """
        type Query { field: String }
        """);

    private static readonly GraphQLSchema AllRootsSchema = ValidationHarness.BuildSchema(
        """
        type Query { field: String }
        type Mutation { field: String }
        type Subscription { field: String }
        """);

    private static void ExpectErrors(GraphQLSchema schema, string query, params ExpectedError[] errors) =>
        ValidationHarness.ExpectErrors(schema, new KnownOperationTypesRule(), query, errors);

    private static void ExpectValid(GraphQLSchema schema, string query) => ExpectErrors(schema, query);

    // Not in graphql-js 16, which lets these through and fails at execution; expectations from the specification and graphql-js 17.
    [Fact]
    public void One_known_operation() => ExpectValid(QueryOnlySchema,
        """
        { field }
        """);

    // Not in graphql-js 16, which lets these through and fails at execution; expectations from the specification and graphql-js 17.
    [Fact]
    public void Unknown_mutation_operation() => ExpectErrors(QueryOnlySchema,
        """
        mutation { field }
        """,
        Error("The mutation operation is not supported by the schema.", (1, 1)));

    // Not in graphql-js 16, which lets these through and fails at execution; expectations from the specification and graphql-js 17.
    [Fact]
    public void Unknown_subscription_operation() => ExpectErrors(QueryOnlySchema,
        """
        subscription { field }
        """,
        Error("The subscription operation is not supported by the schema.", (1, 1)));

    // Not in graphql-js 16, which lets these through and fails at execution; expectations from the specification and graphql-js 17.
    [Fact]
    public void Mixture_of_known_and_unknown_operations() => ExpectErrors(QueryOnlySchema,
        """
        query { field }
        mutation { field }
        subscription { field }
        """,
        Error("The mutation operation is not supported by the schema.", (2, 1)),
        Error("The subscription operation is not supported by the schema.", (3, 1)));

    // Not in graphql-js 16, which lets these through and fails at execution; expectations from the specification and graphql-js 17.
    [Fact]
    public void Every_operation_is_known_when_the_schema_has_every_root_type() => ExpectValid(AllRootsSchema,
        """
        query { field }
        mutation { field }
        subscription { field }
        """);
}
