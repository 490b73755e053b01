using System.Runtime.CompilerServices;
using System.Threading.Channels;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>§6.2.3 Subscriptions: one response per source event, cancellation ends the stream.</summary>
public sealed class SubscriptionTests
{
    private sealed record PodChanged(string Id, string Name);

    private static (GraphQLSchema Schema, Channel<PodChanged> Events) Build()
    {
        var events = Channel.CreateUnbounded<PodChanged>();
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                type Query { a: Int }
                type Subscription { podChanged(prefix: String = ""): Pod! }
                type Pod { id: ID! name: String! }
                """)
            .Subscribe("Subscription", "podChanged", ctx => Filter(events.Reader.ReadAllAsync(ctx.CancellationToken), ctx.GetArgument<string>("prefix")!))
            .Build();
        return (schema, events);
    }

    private static async IAsyncEnumerable<object?> Filter(IAsyncEnumerable<PodChanged> source, string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in source.WithCancellation(cancellationToken))
        {
            if (e.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return e;
            }
        }
    }

    [Fact]
    public async Task Each_event_yields_one_response()
    {
        var (schema, events) = Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync("subscription { podChanged(prefix: \"S\") { id name } }");
        Assert.NotNull(result.Stream);

        await events.Writer.WriteAsync(new PodChanged("p1", "Search"));
        await events.Writer.WriteAsync(new PodChanged("p2", "Pricing"));
        await events.Writer.WriteAsync(new PodChanged("p3", "Sales"));
        events.Writer.Complete();

        var responses = new List<string>();
        await foreach (var response in result.Stream!)
        {
            responses.Add(response.ToJson());
        }

        Assert.Equal(
            [
                """{"data":{"podChanged":{"id":"p1","name":"Search"}}}""",
                """{"data":{"podChanged":{"id":"p3","name":"Sales"}}}""",
            ],
            responses);
    }

    [Fact]
    public async Task Cancelling_the_consumer_ends_the_stream()
    {
        var (schema, events) = Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync("subscription { podChanged { id } }");
        using var cancel = new CancellationTokenSource();

        await events.Writer.WriteAsync(new PodChanged("p1", "Search"));
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in result.Stream!.WithCancellation(cancel.Token))
            {
                received++;
                cancel.Cancel();
            }
        });

        Assert.Equal(1, received);
    }

    [Fact]
    public async Task Event_errors_follow_null_propagation()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } type Subscription { tick: Tick } type Tick { n: Int! }")
            .Subscribe("Subscription", "tick", _ => Ticks())
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync("subscription { tick { n } }");
        var responses = new List<string>();
        await foreach (var response in result.Stream!)
        {
            responses.Add(response.ToJson());
        }

        Assert.Equal(
            [
                """{"data":{"tick":{"n":1}}}""",
                """{"errors":[{"message":"Cannot return null for non-nullable field Tick.n.","locations":[{"line":1,"column":23}],"path":["tick","n"]}],"data":{"tick":null}}""",
            ],
            responses);
    }

    [Fact]
    public async Task A_subscriber_that_fails_is_a_request_error()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } type Subscription { tick: Int }")
            .Subscribe("Subscription", "tick", _ => throw new GraphQLError("not allowed"))
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync("subscription { tick }");

        Assert.Null(result.Stream);
        AssertJson("""{"errors":[{"message":"not allowed","locations":[{"line":1,"column":16}],"path":["tick"]}]}""", result);
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        await Task.Yield();
        yield return new Dictionary<string, object?> { ["n"] = 1 };
        yield return new Dictionary<string, object?> { ["n"] = null };
    }
}
