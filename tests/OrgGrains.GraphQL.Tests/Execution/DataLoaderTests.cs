using System.Collections.Concurrent;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>
/// DataLoader: the loads made by the items of a list are batched into one call per level, however
/// the batches and resolvers complete (inline, on the thread pool, from another thread), and cached
/// per request.
/// </summary>
public sealed class DataLoaderTests
{
    private const int PodCount = 20;

    private sealed record Pod(string Id, string DomainId);

    private sealed record Domain(string Id, string LeadId);

    private sealed record Person(string Id);

    /// <summary>How a batch function's task completes.</summary>
    public enum Completion
    {
        Inline,
        AfterYield,
        AfterDelay,
        FromAnotherThread,
    }

    /// <summary>The keys of every batch call, by loader.</summary>
    private sealed class Calls
    {
        private readonly ConcurrentQueue<(string Loader, string[] Keys)> _calls = new();

        public void Add(string loader, IReadOnlyList<string> keys) => _calls.Enqueue((loader, keys.ToArray()));

        public List<string[]> Of(string loader) => _calls.Where(c => c.Loader == loader).Select(c => c.Keys).ToList();
    }

    private static GraphQLSchema Build(Calls calls, Completion completion, Func<int, string>? domainOf = null)
    {
        domainOf ??= i => "d" + i;
        Pod[] Pods(string prefix) => Enumerable.Range(1, PodCount).Select(i => new Pod(prefix + i, prefix + domainOf(i))).ToArray();

        BatchLoader<string, T> Batch<T>(string loader, Func<string, T> make) => async (keys, _) =>
        {
            calls.Add(loader, keys);
            await Complete(completion);
            return keys.ToDictionary(k => k, make);
        };

        DataLoader<string, Domain> Domains(ResolveContext ctx) => ctx.DataLoader("domains", Batch("domains", k => new Domain(k, "lead-" + k)));
        DataLoader<string, Person> People(ResolveContext ctx) => ctx.DataLoader("people", Batch("people", k => new Person(k)));
        DataLoader<string, string> Names(ResolveContext ctx) => ctx.DataLoader("names", Batch("names", k => "Name of " + k));

        return new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { pods: [Pod!]! }
                type Mutation { reorganise(prefix: String!): [Pod!]! }
                type Subscription { reorganised: [Pod!]! }
                type Pod { id: ID! domain: Domain domainThenYield: Domain leadId: ID slow: String }
                type Domain { id: ID! lead: Person }
                type Person { id: ID! name: String }
                """)
            .ResolveAsync("Query", "pods", async _ =>
            {
                await Task.Yield();
                return Pods("p");
            })
            .ResolveAsync("Mutation", "reorganise", async ctx =>
            {
                await Task.Delay(1);
                return Pods(ctx.GetArgument<string>("prefix")!);
            })
            .Subscribe("Subscription", "reorganised", _ => Events(Pods("e"), Pods("f")))
            .ResolveAsync("Pod", "domain", ctx => Domains(ctx).LoadAsync(((Pod)ctx.Source!).DomainId))
            .ResolveAsync("Pod", "domainThenYield", async ctx =>
            {
                // The resolver resumes on the thread pool, not inline in the batch's completion.
                var domain = await Domains(ctx).LoadAsync(((Pod)ctx.Source!).DomainId).ConfigureAwait(false);
                await Task.Yield();
                return domain;
            })
            .ResolveAsync("Pod", "leadId", async ctx =>
            {
                // One resolver awaiting a load and then another loader.
                var domain = await Domains(ctx).LoadAsync(((Pod)ctx.Source!).DomainId);
                return (await People(ctx).LoadAsync(domain!.LeadId))?.Id;
            })
            .ResolveAsync("Pod", "slow", async _ =>
            {
                await Task.Delay(1);
                return "slow";
            })
            .ResolveAsync("Domain", "lead", ctx => People(ctx).LoadAsync(((Domain)ctx.Source!).LeadId))
            .ResolveAsync("Person", "name", async ctx =>
            {
                // Something that is not a loader first, then a load.
                await Task.Delay(1);
                return await Names(ctx).LoadAsync(((Person)ctx.Source!).Id);
            })
            .Build();
    }

    private static async Task Complete(Completion completion)
    {
        switch (completion)
        {
            case Completion.AfterYield:
                await Task.Yield();
                break;
            case Completion.AfterDelay:
                await Task.Delay(1);
                break;
            case Completion.FromAnotherThread:
                var done = new TaskCompletionSource();
                new Thread(() => done.SetResult()).Start();
                await done.Task;
                break;
        }
    }

    private static async IAsyncEnumerable<object?> Events(params Pod[][] events)
    {
        foreach (var pods in events)
        {
            await Task.Yield();
            yield return pods;
        }
    }

    private static async Task<ExecutionResult> RunAsync(GraphQLSchema schema, string query)
    {
        var result = await new GraphQLExecutor(schema).ExecuteAsync(query);
        Assert.Null(result.Errors);
        return result;
    }

    public static TheoryData<Completion> EveryCompletion => new(Enum.GetValues<Completion>());

    private static string[] Keys(string prefix, Func<int, string> key) => Enumerable.Range(1, PodCount).Select(i => prefix + key(i)).ToArray();

    [Theory]
    [MemberData(nameof(EveryCompletion))]
    public async Task A_list_of_items_loading_a_related_item_makes_one_batch_call(Completion completion)
    {
        var calls = new Calls();

        var result = await RunAsync(Build(calls, completion), "{ pods { id domain { id } } }");

        Assert.Equal(Keys("p", i => "d" + i), Assert.Single(calls.Of("domains")));
        Assert.Contains("""{"id":"p20","domain":{"id":"pd20"}}""", result.ToJson());
    }

    [Theory]
    [MemberData(nameof(EveryCompletion))]
    public async Task Two_levels_of_loads_make_one_batch_call_per_level(Completion completion)
    {
        var calls = new Calls();

        var result = await RunAsync(Build(calls, completion), "{ pods { domainThenYield { lead { id } } } }");

        Assert.Single(calls.Of("domains"));
        // Resolvers resuming on the thread pool make their loads in any order.
        Assert.Equal(Keys("lead-p", i => "d" + i).Order(), Assert.Single(calls.Of("people")).Order());
        Assert.Contains("""{"domainThenYield":{"lead":{"id":"lead-pd7"}}}""", result.ToJson());
    }

    [Theory]
    [InlineData(Completion.AfterYield)]
    [InlineData(Completion.FromAnotherThread)]
    public async Task Resolvers_that_await_other_things_still_batch_their_loads(Completion completion)
    {
        var calls = new Calls();

        var result = await RunAsync(Build(calls, completion), "{ pods { slow leadId domain { lead { name } } } }");

        // leadId loads a domain, then a person: the same two rounds as domain { lead }.
        Assert.Single(calls.Of("domains"));
        Assert.Single(calls.Of("people"));
        Assert.Equal(Keys("lead-p", i => "d" + i).Order(), Assert.Single(calls.Of("names")).Order());
        Assert.Contains("""{"slow":"slow","leadId":"lead-pd3","domain":{"lead":{"name":"Name of lead-pd3"}}}""", result.ToJson());
    }

    [Fact]
    public async Task Each_serial_mutation_field_batches_its_own_sub_tree()
    {
        var calls = new Calls();

        await RunAsync(
            Build(calls, Completion.AfterYield),
            """mutation { a: reorganise(prefix: "a") { domain { lead { id } } } b: reorganise(prefix: "b") { domain { id } } }""");

        Assert.Equal([Keys("a", i => "d" + i), Keys("b", i => "d" + i)], calls.Of("domains"));
        Assert.Single(calls.Of("people"));
    }

    [Fact]
    public async Task Each_subscription_event_batches_its_loads()
    {
        var calls = new Calls();

        var result = await new GraphQLExecutor(Build(calls, Completion.AfterDelay)).ExecuteAsync("subscription { reorganised { domain { lead { id } } } }");
        var responses = new List<string>();
        await foreach (var response in result.Stream!)
        {
            responses.Add(response.ToJson());
        }

        Assert.Equal(2, responses.Count);
        Assert.Contains("""{"domain":{"lead":{"id":"lead-fd20"}}}""", responses[1]);
        Assert.Equal([Keys("e", i => "d" + i), Keys("f", i => "d" + i)], calls.Of("domains"));
        Assert.Equal(2, calls.Of("people").Count);
    }

    [Fact]
    public async Task Each_key_is_loaded_once_per_request()
    {
        var calls = new Calls();
        var executor = new GraphQLExecutor(Build(calls, Completion.AfterYield, i => "d" + (i % 3)));

        var first = await executor.ExecuteAsync("{ pods { domain { id } again: domain { id } } }");
        await executor.ExecuteAsync("{ pods { domain { id } } }");

        Assert.Null(first.Errors);
        Assert.Equal([["pd1", "pd2", "pd0"], ["pd1", "pd2", "pd0"]], calls.Of("domains"));
    }

    [Fact]
    public async Task A_batch_function_may_load_from_another_loader()
    {
        var calls = new Calls();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { teams: [Team!]! } type Team { id: ID! leadName: String }")
            .Resolve("Query", "teams", _ => Enumerable.Range(1, PodCount).Select(i => "t" + i).ToArray())
            .Resolve("Team", "id", ctx => ctx.Source)
            .ResolveAsync("Team", "leadName", ctx => ctx
                .DataLoader<string, string>("leadNames", async (teams, _) =>
                {
                    calls.Add("leadNames", teams);
                    await Task.Yield();
                    var names = await ctx.DataLoader<string, string>("names", async (people, _) =>
                    {
                        calls.Add("names", people);
                        await Task.Yield();
                        return people.ToDictionary(p => p, p => "Name of " + p);
                    }).LoadManyAsync(teams.Select(t => "lead-" + t));
                    return teams.Select((t, i) => (t, names[i]!)).ToDictionary(p => p.t, p => p.Item2);
                })
                .LoadAsync((string)ctx.Source!))
            .Build();

        var result = await RunAsync(schema, "{ teams { id leadName } }");

        Assert.Single(calls.Of("leadNames"));
        Assert.Equal(Keys("lead-t", i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Assert.Single(calls.Of("names")));
        Assert.Contains("""{"id":"t20","leadName":"Name of lead-t20"}""", result.ToJson());
    }

    [Fact]
    public async Task A_failing_batch_fails_each_waiting_field_at_its_path()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { xs: [X] } type X { y: Int }")
            .Resolve("Query", "xs", _ => new object[] { 1, 2 })
            .ResolveAsync("X", "y", async ctx => await ctx
                .DataLoader<int, int>("y", async (_, _) =>
                {
                    await Task.Yield();
                    throw new InvalidOperationException("store down");
                })
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
