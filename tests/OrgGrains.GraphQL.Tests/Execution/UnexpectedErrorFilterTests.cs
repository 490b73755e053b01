using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>A host can keep internals out of responses: exceptions that are not GraphQL errors go
/// through <see cref="GraphQLExecutorOptions.UnexpectedErrorFilter"/>; GraphQL errors are unchanged.</summary>
public sealed class UnexpectedErrorFilterTests
{
    private static GraphQLExecutor Executor(Func<Exception, GraphQLError>? filter) => new(
        new SchemaBuilder().AddTypeDefinitions("type Query { secret: String refused: String }")
            .Resolve("Query", "secret", _ => throw new InvalidOperationException("connection string Password=hunter2"))
            .Resolve("Query", "refused", _ => throw new GraphQLError("Not for you.", "FORBIDDEN"))
            .Build(),
        new GraphQLExecutorOptions { UnexpectedErrorFilter = filter });

    [Fact]
    public async Task Without_a_filter_the_exception_message_is_shown_as_graphql_js_does()
    {
        var result = await Executor(null).ExecuteAsync("{ secret }");
        Assert.Contains("hunter2", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_filter_clients_see_its_error_at_the_fields_path_and_graphql_errors_pass_unchanged()
    {
        var seen = new List<Exception>();
        var result = await Executor(e =>
        {
            seen.Add(e);
            return new GraphQLError("Unexpected error.", "INTERNAL_SERVER_ERROR");
        }).ExecuteAsync("{ secret refused }");
        var json = result.ToJson();
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
        Assert.Single(seen);
        var secret = Assert.Single(result.Errors!, e => e.Code == "INTERNAL_SERVER_ERROR");
        Assert.Equal(["secret"], secret.Path);
        Assert.Equal("Not for you.", Assert.Single(result.Errors!, e => e.Code == "FORBIDDEN").Message);
    }
}
