using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>Request limits the host switches on: each failure names the limit in extensions.code.</summary>
public sealed class RequestLimitsTests
{
    private static readonly GraphQLSchema Schema = TestSchemas.Builder()
        .Resolve("Query", "pods", _ => Array.Empty<object>())
        .ResolveAsync("Query", "pod", async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ctx.CancellationToken);
            return null;
        })
        .Build();

    private static async Task<ExecutionResult> Run(GraphQLExecutorOptions options, string query, string? variables = null) =>
        await new GraphQLExecutor(Schema, options).ExecuteAsync(query, Harness.Variables(variables));

    [Fact]
    public async Task Max_depth()
    {
        var options = new GraphQLExecutorOptions { MaxDepth = 2 };

        Assert.Null((await Run(options, "{ pods { id } }")).Errors);
        var result = await Run(options, "{ pods { members { name } } }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal("MAX_DEPTH_EXCEEDED", error.Code);
        Assert.Equal("The operation's depth of 3 exceeds the maximum depth of 2.", error.Message);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Max_depth_counts_fragments()
    {
        var result = await Run(new GraphQLExecutorOptions { MaxDepth = 2 }, "{ ...Q } fragment Q on Query { pods { ...P } } fragment P on Pod { members { name } }");

        Assert.Equal("MAX_DEPTH_EXCEEDED", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Max_cost_multiplies_list_fields_by_their_size()
    {
        var options = new GraphQLExecutorOptions { MaxCost = 30 };

        // pods(first: 2): 1 + 2 × (id 1 + members 1 + 10 × name 1) = 25
        Assert.Null((await Run(options, "{ pods(first: 2) { id members { name } } }")).Errors);

        // The same through a variable of 3: 1 + 3 × 12 = 37
        var result = await Run(options, "query($n: Int) { pods(first: $n) { id members { name } } }", """{"n":3}""");
        var error = Assert.Single(result.Errors!);
        Assert.Equal("MAX_COST_EXCEEDED", error.Code);
        Assert.Equal("The operation's cost of 37 exceeds the maximum cost of 30.", error.Message);

        // Introspection is free.
        Assert.Null((await Run(options, "{ __schema { types { name fields { name } } } }")).Errors);
    }

    [Fact]
    public async Task Max_aliases()
    {
        var result = await Run(new GraphQLExecutorOptions { MaxAliases = 1 }, "{ a: pods { id } b: pods { x: id } }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal("MAX_ALIASES_EXCEEDED", error.Code);
        Assert.Equal("The operation uses 3 aliases, more than the maximum of 1.", error.Message);
    }

    [Fact]
    public async Task Exponential_fragment_spreads_are_stopped_not_walked()
    {
        // Each fragment spreads the next one twice: 2^30 selections if expanded.
        var fragments = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 }\n" + fragments + "\nfragment F30 on Query { pods { id } }";

        var result = await Run(new GraphQLExecutorOptions { MaxCost = 1000 }, query);

        Assert.Equal("MAX_COST_EXCEEDED", Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Execution_timeout()
    {
        var result = await Run(new GraphQLExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) }, "{ pod(id: 1) { id } }");

        var error = Assert.Single(result.Errors!);
        Assert.Equal("EXECUTION_TIMEOUT", error.Code);
        Assert.Equal("The operation was stopped after the execution timeout of 50 ms.", error.Message);
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Contains("\"extensions\":{\"code\":\"EXECUTION_TIMEOUT\"}", result.ToJson());
    }

    [Fact]
    public async Task Each_operation_gets_its_own_execution_timeout()
    {
        // The timeout's cancellation sources are reused: operations that ended in time, one cancelled by its
        // caller and one that timed out must leave nothing behind for the operations after them.
        var executor = new GraphQLExecutor(Schema, new GraphQLExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(500) });
        for (var i = 0; i < 3; i++)
        {
            Assert.Null((await executor.ExecuteAsync("{ pods { id } }")).Errors);
        }

        using (var caller = new CancellationTokenSource())
        {
            // Cancelled by hand, not by a timer: under load a 10 ms caller timer could fire after the 500 ms timeout.
            var cancelled = executor.ExecuteAsync(new GraphQLRequest { Query = "{ pod(id: 1) { id } }" }, caller.Token);
            await caller.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await cancelled);
        }

        Assert.Null((await executor.ExecuteAsync("{ pods { id } }")).Errors);
        Assert.Equal("EXECUTION_TIMEOUT", Assert.Single((await executor.ExecuteAsync("{ pod(id: 1) { id } }")).Errors!).Code);
        Assert.Null((await executor.ExecuteAsync("{ pods { id } }")).Errors);
        Assert.Equal("EXECUTION_TIMEOUT", Assert.Single((await executor.ExecuteAsync("{ pod(id: 1) { id } }")).Errors!).Code);
    }
}
