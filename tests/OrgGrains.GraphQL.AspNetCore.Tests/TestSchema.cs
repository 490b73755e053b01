using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>A small schema with a query, a mutation and a subscription — enough to exercise every transport.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          add(a: Int!, b: Int!): Int!
          fail: String
          deep: Nested
        }

        type Nested { value: Int! child: Nested }

        type Mutation { increment(by: Int! = 1): Int! }

        type Subscription { countdown(from: Int!): Int! scopeProbe(ticks: Int!): String! }
        """;

    public static GraphQLSchema Create()
    {
        var counter = 0;
        return new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .Resolve("Query", "hello", ctx => "Hello, " + ctx.GetArgument<string>("name") + "!")
            .Resolve("Query", "add", ctx => ctx.GetArgument<int>("a") + ctx.GetArgument<int>("b"))
            .Resolve("Query", "fail", _ => throw new GraphQLError("This field always fails."))
            .Resolve("Query", "deep", _ => Nested(1))
            .Resolve("Mutation", "increment", ctx => Interlocked.Add(ref counter, ctx.GetArgument<int>("by")))
            .Subscribe("Subscription", "countdown", ctx => Countdown(ctx.GetArgument<int>("from"), ctx.CancellationToken))
            .Subscribe("Subscription", "scopeProbe", ctx => Ticks(ctx.GetArgument<int>("ticks"), ctx.CancellationToken))
            .Resolve("Subscription", "scopeProbe", ctx => ctx.Services!.GetRequiredService<ScopeProbe>().Describe())
            .Build();
    }

    private static Dictionary<string, object?> Nested(int value) => new()
    {
        ["value"] = value,
        ["child"] = value < 30 ? Nested(value + 1) : null,
    };

    /// <summary>Events spaced apart so that a single-connection operation outlives the POST that started it.</summary>
    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Delay(100, cancellationToken);
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = from; i >= 0; i--)
        {
            await Task.Delay(10, cancellationToken);
            yield return i;
        }
    }
}

/// <summary>A scoped service a resolver asks for; it says whether the scope it came from is still open.</summary>
internal sealed class ScopeProbe : IDisposable
{
    private bool _disposed;

    public string Describe() => _disposed ? "disposed" : "alive";

    public void Dispose() => _disposed = true;
}
