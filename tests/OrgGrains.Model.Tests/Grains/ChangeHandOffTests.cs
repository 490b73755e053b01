using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Model.Tests;

/// <summary>Units hand every stored change to the silo's <see cref="IChangeOutbox"/> (the webhooks)
/// at least once: a change is staged in the unit's state with the write, and handed over again
/// until the outbox took it, by the repair timer and on the unit's next activation after a crash.</summary>
public sealed class ChangeHandOffTests
{
    /// <summary>An outbox that refuses while <see cref="Refusing"/> and records what it took.</summary>
    private sealed class RecordingOutbox : IChangeOutbox
    {
        public volatile bool Refusing;

        public ConcurrentQueue<UnitChanged> Taken { get; } = new();

        public Task UnitChangedAsync(UnitChanged change, string? domainKey)
        {
            if (Refusing)
                throw new InvalidOperationException("The outbox is unavailable.");
            Taken.Enqueue(change);
            return Task.CompletedTask;
        }

        public Task AlertChangedAsync(AlertChanged change) => Task.CompletedTask;

        public bool Took(UnitRef unit, long version) => Taken.Any(c => c.Unit == unit && c.Version == version);
    }

    private static Task<ModelSilo> StartAsync(RecordingOutbox outbox, DictionaryGrainStorage storage) =>
        ModelSilo.StartAsync(storage: storage, configureSilo: silo => silo.Services.AddSingleton<IChangeOutbox>(outbox));

    [Fact]
    public async Task A_change_the_outbox_refused_is_handed_over_again_until_it_is_taken()
    {
        var outbox = new RecordingOutbox { Refusing = true };
        await using var silo = await StartAsync(outbox, new DictionaryGrainStorage());
        var org = new Org(silo.Grains);
        var domain = await org.DomainAsync();
        var pod = UnitRef.Pod(await org.PodAsync("p", domain));
        Assert.DoesNotContain(outbox.Taken, c => c.Unit == pod);

        outbox.Refusing = false;
        await Eventually.True(() => Task.FromResult(outbox.Took(pod, 1)), "the refused pod creation was handed over");
        Assert.Single(outbox.Taken, c => c.Unit == pod);
    }

    [Fact]
    public async Task A_change_stored_but_not_handed_over_when_the_silo_went_down_is_handed_over_by_the_next_silo()
    {
        var storage = new DictionaryGrainStorage();
        var outbox = new RecordingOutbox();
        UnitRef pod;
        await using (var first = await StartAsync(outbox, storage))
        {
            var org = new Org(first.Grains);
            var domain = await org.DomainAsync();
            pod = UnitRef.Pod(await org.PodAsync("p", domain));
            Assert.True(outbox.Took(pod, 1));
            outbox.Refusing = true;
            var renamed = await first.Grains.GetGrain<IPodGrain>(pod.Id).UpdateAsync(new UpdatePod(Org.Actor, "Renamed", null, null));
            Assert.True(renamed.Succeeded);
        }
        Assert.False(outbox.Took(pod, 2));

        var next = new RecordingOutbox();
        await using var second = await StartAsync(next, storage);
        Assert.Equal("Renamed", (await second.Grains.GetGrain<IPodGrain>(pod.Id).GetAsync())!.Name);
        await Eventually.True(() => Task.FromResult(next.Took(pod, 2)), "the rename was handed over after the restart");
        Assert.False(next.Took(pod, 1), "a change the outbox took and the unit's state recorded as taken is not handed over again");
    }

    [Fact]
    public async Task A_change_the_outbox_took_is_not_handed_over_again_after_an_orderly_restart()
    {
        // The removal of a taken change is stored with the unit's next write; a unit that is not
        // written again stores it when it deactivates, or every restart would send its last change again.
        var storage = new DictionaryGrainStorage();
        var outbox = new RecordingOutbox();
        UnitRef pod, dependency;
        await using (var first = await StartAsync(outbox, storage))
        {
            var org = new Org(first.Grains);
            var domain = await org.DomainAsync();
            pod = UnitRef.Pod(await org.PodAsync("p", domain));
            var other = UnitRef.Pod(await org.PodAsync("q", domain));
            dependency = new UnitRef(UnitKind.Dependency, await org.DependencyAsync("d", pod, other));
            await Eventually.True(() => Task.FromResult(outbox.Took(pod, 1) && outbox.Took(dependency, 1)), "the changes were handed over");
        }

        var next = new RecordingOutbox();
        await using var second = await StartAsync(next, storage);
        Assert.NotNull(await second.Grains.GetGrain<IPodGrain>(pod.Id).GetAsync());
        Assert.NotNull(await second.Grains.GetGrain<IDependencyGrain>(dependency.Id).GetAsync());
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // past the repair timer's first round
        Assert.DoesNotContain(next.Taken, c => c.Unit == pod || c.Unit == dependency);
    }
}
