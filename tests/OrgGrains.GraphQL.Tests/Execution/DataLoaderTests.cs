using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>DataLoader: loads made by the items of a list are batched into one call per level, and cached per request.</summary>
public sealed class DataLoaderTests
{
    private sealed record Pod(string Id, string DomainId);

    private sealed record Domain(string Id, string LeadId);

    private sealed record Person(string Id);

    private sealed class Calls
    {
        public List<string[]> Domains { get; } = [];

        public List<string[]> People { get; } = [];
    }

    private static GraphQLSchema Build(Calls calls) => new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { pods: [Pod!]! }
            type Pod { id: ID! domain: Domain }
            type Domain { id: ID! lead: Person }
            type Person { id: ID! }
            """)
        .Resolve("Query", "pods", _ => Enumerable.Range(1, 10).Select(i => new Pod("p" + i, "d" + (i % 3))).ToArray())
        .ResolveAsync("Pod", "domain", async ctx => await ctx
            .DataLoader<string, Domain>("domains", async (keys, _) =>
            {
                lock (calls)
                {
                    calls.Domains.Add(keys.ToArray());
                }

                await Task.Delay(5);
                return keys.ToDictionary(k => k, k => new Domain(k, "lead-" + k));
            })
            .LoadAsync(((Pod)ctx.Source!).DomainId))
        .ResolveAsync("Domain", "lead", async ctx => await ctx
            .DataLoader<string, Person>("people", (keys, _) =>
            {
                lock (calls)
                {
                    calls.People.Add(keys.ToArray());
                }

                return Task.FromResult<IReadOnlyDictionary<string, Person>>(keys.ToDictionary(k => k, k => new Person(k)));
            })
            .LoadAsync(((Domain)ctx.Source!).LeadId))
        .Build();

    [Fact]
    public async Task A_list_of_items_loading_related_units_makes_one_batched_call_per_level()
    {
        var calls = new Calls();

        var result = await new GraphQLExecutor(Build(calls)).ExecuteAsync("{ pods { id domain { id lead { id } } } }");

        Assert.Null(result.Errors);
        var domains = Assert.Single(calls.Domains);
        Assert.Equal(["d1", "d2", "d0"], domains);
        Assert.Equal(["lead-d1", "lead-d2", "lead-d0"], Assert.Single(calls.People));
        Assert.Contains("""{"id":"p10","domain":{"id":"d1","lead":{"id":"lead-d1"}}}""", result.ToJson());
    }

    [Fact]
    public async Task Loaders_are_per_request()
    {
        var calls = new Calls();
        var executor = new GraphQLExecutor(Build(calls));

        await executor.ExecuteAsync("{ pods { domain { id } } }");
        await executor.ExecuteAsync("{ pods { domain { id } } }");

        Assert.Equal(2, calls.Domains.Count);
    }

    [Fact]
    public async Task A_failing_batch_fails_each_waiting_field()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { xs: [X] } type X { y: Int }")
            .Resolve("Query", "xs", _ => new object[] { 1, 2 })
            .ResolveAsync("X", "y", async ctx => await ctx
                .DataLoader<int, int>("y", (_, _) => throw new InvalidOperationException("store down"))
                .LoadAsync((int)ctx.Source!))
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync("{ xs { y } }");

        AssertJson("""
            {"errors":[
              {"message":"store down","locations":[{"line":1,"column":8}],"path":["xs",0,"y"]},
              {"message":"store down","locations":[{"line":1,"column":8}],"path":["xs",1,"y"]}],
             "data":{"xs":[{"y":null},{"y":null}]}}
            """, result);
    }
}
