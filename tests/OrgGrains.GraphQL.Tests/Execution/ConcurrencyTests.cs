using System.Collections.Concurrent;
using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>§6.2.1 query fields run concurrently; §6.2.2 mutation root fields run one after another.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        // Each field waits for the other to start: only concurrent execution completes.
        var a = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var b = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: String b: String }")
            .ResolveAsync("Query", "a", async _ =>
            {
                a.SetResult();
                await b.Task.WaitAsync(TimeSpan.FromSeconds(5));
                return "a";
            })
            .ResolveAsync("Query", "b", async _ =>
            {
                b.SetResult();
                await a.Task.WaitAsync(TimeSpan.FromSeconds(5));
                return "b";
            })
            .Build();

        AssertJson("""{"data":{"a":"a","b":"b"}}""", await RunAsync(schema, "{ a b }"));
    }

    [Fact]
    public async Task Mutation_root_fields_run_serially_in_document_order()
    {
        var log = new ConcurrentQueue<string>();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } type Mutation { add(n: Int!, delay: Int!): Int }")
            .ResolveAsync("Mutation", "add", async ctx =>
            {
                var n = ctx.GetArgument<int>("n");
                log.Enqueue("start " + n);
                await Task.Delay(ctx.GetArgument<int>("delay"));
                log.Enqueue("end " + n);
                return n;
            })
            .Build();

        var result = await RunAsync(schema, "mutation { one: add(n: 1, delay: 60) two: add(n: 2, delay: 1) three: add(n: 3, delay: 20) }");

        AssertJson("""{"data":{"one":1,"two":2,"three":3}}""", result);
        Assert.Equal(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"], log);
    }
}
