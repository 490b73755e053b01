using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Runtime.Tests;

[Collection(SiloCollection.Name)]
public sealed class StreamTests(SiloFixture fixture)
{
    private IStreamProvider Streams => fixture.Silo.Services.GetRequiredKeyedService<IStreamProvider>("live");

    [Fact]
    public async Task Subscribers_receive_each_publishers_items_in_order()
    {
        var streamKey = Guid.NewGuid().ToString();
        var stream = Streams.GetStream<Change>(new StreamId("test", streamKey));
        await using var subscription = stream.Subscribe();

        await Task.WhenAll(
            fixture.Grains.GetGrain<IPublisherGrain>("pod-1").Publish(streamKey, 200),
            fixture.Grains.GetGrain<IPublisherGrain>("pod-2").Publish(streamKey, 200));
        var received = await Take(subscription, 400);

        Assert.Equal(Enumerable.Range(0, 200), received.Where(c => c.Publisher == "pod-1").Select(c => c.Sequence));
        Assert.Equal(Enumerable.Range(0, 200), received.Where(c => c.Publisher == "pod-2").Select(c => c.Sequence));
        Assert.Equal(0, subscription.DroppedCount);
    }

    [Fact]
    public async Task A_full_buffer_drops_the_oldest_items_without_blocking_the_publisher()
    {
        var streamKey = Guid.NewGuid().ToString();
        var stream = Streams.GetStream<Change>(new StreamId("test", streamKey));
        await using var subscription = stream.Subscribe(new StreamSubscriptionOptions(Capacity: 10));

        await fixture.Grains.GetGrain<IPublisherGrain>("pod-3").Publish(streamKey, 25);
        var received = await Take(subscription, 10);

        Assert.Equal(15, subscription.DroppedCount);
        Assert.Equal(Enumerable.Range(15, 10), received.Select(c => c.Sequence));
    }

    [Fact]
    public async Task A_full_buffer_with_disconnect_ends_the_subscription_with_an_overflow_error()
    {
        var streamKey = Guid.NewGuid().ToString();
        var stream = Streams.GetStream<Change>(new StreamId("test", streamKey));
        await using var subscription = stream.Subscribe(new StreamSubscriptionOptions(Capacity: 5, Overflow: StreamOverflow.Disconnect));

        await fixture.Grains.GetGrain<IPublisherGrain>("pod-4").Publish(streamKey, 8);

        var received = new List<Change>();
        var error = await Assert.ThrowsAsync<StreamOverflowException>(async () =>
        {
            await foreach (var change in subscription)
            {
                received.Add(change);
            }
        });
        Assert.Equal(Enumerable.Range(0, 5), received.Select(c => c.Sequence));
        Assert.Contains($"test/{streamKey}", error.Message);
    }

    [Fact]
    public async Task A_disposed_subscription_receives_nothing_more_and_other_subscribers_go_on()
    {
        var streamKey = Guid.NewGuid().ToString();
        var stream = Streams.GetStream<Change>(new StreamId("test", streamKey));
        var leaving = stream.Subscribe();
        await using var staying = stream.Subscribe();

        await leaving.DisposeAsync();
        await stream.OnNextAsync(new Change("test", 1));

        Assert.Empty(await Take(leaving, int.MaxValue));
        Assert.Equal([new Change("test", 1)], await Take(staying, 1));
    }

    private static async Task<List<Change>> Take(IStreamSubscription<Change> subscription, int count)
    {
        var received = new List<Change>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await foreach (var change in subscription.WithCancellation(timeout.Token))
        {
            received.Add(change);
            if (received.Count == count)
            {
                break;
            }
        }
        return received;
    }
}
