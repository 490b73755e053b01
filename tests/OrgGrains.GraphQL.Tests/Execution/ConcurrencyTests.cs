using System.Collections.Concurrent;
using OrgGrains.GraphQL.Execution;
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
    public async Task Cached_plans_are_shared_safely_by_concurrent_requests()
    {
        var schema = TestSchemas.Builder()
            .Resolve("Query", "pods", ctx => Enumerable.Range(0, ctx.GetArgument<int>("first"))
                .Select(i => new Dictionary<string, object?> { ["id"] = "p" + i, ["name"] = "Pod " + i, ["status"] = i % 2 == 0 ? "ACTIVE" : "PAUSED" }))
            .Build();
        var executor = new GraphQLExecutor(schema);
        const string query = "query($n: Int!, $s: Boolean!) { pods(first: $n) { ...F name @skip(if: $s) } fixed: pods(first: 2) { id } __schema { queryType { name } } } fragment F on Pod { id status }";

        var runs = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                var n = (worker + i) % 3;
                var skip = i % 2 == 0;
                var result = await executor.ExecuteAsync(query, Variables($$$"""{"n":{{{n}}},"s":{{{(skip ? "true" : "false")}}}}"""));
                var pods = string.Join(",", Enumerable.Range(0, n).Select(p =>
                    "{\"id\":\"p" + p + "\",\"status\":\"" + (p % 2 == 0 ? "ACTIVE" : "PAUSED") + "\"" + (skip ? "" : ",\"name\":\"Pod " + p + "\"") + "}"));
                AssertJson("""{"data":{"pods":[""" + pods + """],"fixed":[{"id":"p0"},{"id":"p1"}],"__schema":{"queryType":{"name":"Query"}}}}""", result);
            }
        })).ToArray();

        await Task.WhenAll(runs);
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
