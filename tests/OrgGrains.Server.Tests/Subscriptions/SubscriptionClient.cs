using System.Text.Json;

namespace OrgGrains.Server.Tests.Subscriptions;

/// <summary>One running GraphQL subscription over some transport: its results in order.</summary>
public abstract class SubscriptionClient : IAsyncDisposable
{
    /// <summary>The next result (<c>{ "data": … }</c>), or a failure when none arrives in time.</summary>
    public abstract Task<JsonElement> NextAsync(TimeSpan timeout);

    /// <summary>Reads results until one matches, failing when none does within <paramref name="timeout"/>
    /// (other changes, e.g. of other tests' units, may come first).</summary>
    public async Task<JsonElement> NextMatchingAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var seen = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            JsonElement result;
            try
            {
                result = await NextAsync(deadline - DateTime.UtcNow);
            }
            catch (TimeoutException)
            {
                break;
            }

            Assert.False(result.TryGetProperty("errors", out var errors), $"Errors in a subscription result: {errors}");
            if (match(result.GetProperty("data")))
                return result.GetProperty("data");
            seen.Add(result.ToString());
        }

        throw new TimeoutException($"No matching result within {timeout.TotalMilliseconds} ms; saw {seen.Count}: {string.Join(" | ", seen)}");
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Starts a subscription over "ws" (graphql-transport-ws) or "sse" (graphql-sse); it is
    /// listening when this returns.</summary>
    internal static async Task<SubscriptionClient> StartAsync(string transport, ServerFactory server, string query, object? variables = null) => transport switch
    {
        "ws" => await TransportWsSubscription.StartAsync(server, query, variables),
        "sse" => await SseSubscription.StartAsync(server, query, variables),
        _ => throw new ArgumentOutOfRangeException(nameof(transport), transport, "ws or sse"),
    };
}
