namespace OrgGrains.Runtime.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task State_is_read_before_activation_and_survives_a_silo_restart()
    {
        var storage = TestSilo.NewStorage();
        await using (var first = await TestSilo.StartAsync(storage: storage))
        {
            var written = await first.Grains.GetGrain<IProfileGrain>("ada").Rename("Ada");
            Assert.True(written.RecordExists);
            Assert.NotNull(written.Etag);
        }

        await using var second = await TestSilo.StartAsync(storage: storage);
        var read = await second.Grains.GetGrain<IProfileGrain>("ada").Get();

        Assert.Equal("Ada", read.Name);
        Assert.Equal("Ada", read.NameSeenAtActivation);
        Assert.Equal(1, read.Saves);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task A_new_grain_starts_from_a_default_state_and_clear_removes_the_record()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<IProfileGrain>("new");

        var fresh = await grain.Get();
        await grain.Rename("Grace");
        await grain.Clear();
        var cleared = await grain.Get();

        Assert.Equal(("", false, null), (fresh.Name, fresh.RecordExists, fresh.Etag));
        Assert.Equal(("", false, null), (cleared.Name, cleared.RecordExists, cleared.Etag));
    }

    [Fact]
    public async Task A_stale_etag_fails_the_write_and_the_next_call_gets_a_fresh_activation_with_stored_state()
    {
        var storage = TestSilo.NewStorage();
        await using var left = await TestSilo.StartAsync(storage: storage);
        await using var right = await TestSilo.StartAsync(storage: storage);
        var onLeft = left.Grains.GetGrain<IProfileGrain>("contested");
        var onRight = right.Grains.GetGrain<IProfileGrain>("contested");
        await onLeft.Get();
        var staleActivation = await onRight.GetActivationId();

        await onLeft.Rename("from left");
        await Assert.ThrowsAsync<InconsistentStateException>(() => onRight.Rename("from right"));

        await Eventually.True(async () => await onRight.GetActivationId() != staleActivation, TimeSpan.FromSeconds(5), "the stale activation was replaced");
        Assert.Equal("from left", (await onRight.Get()).Name);
        Assert.Contains("contested:IncompatibleState", ProfileGrain.DeactivationReasons);
        Assert.Equal("from right", (await onRight.Rename("from right")).Name);
    }

    [Fact]
    public async Task Graceful_shutdown_deactivates_every_activation_so_grains_can_flush_state()
    {
        var storage = TestSilo.NewStorage();
        await using (var first = await TestSilo.StartAsync(storage: storage))
        {
            await first.Grains.GetGrain<IProfileGrain>("flush-1").RenameLater("Flushed one");
            await first.Grains.GetGrain<IProfileGrain>("flush-2").RenameLater("Flushed two");
        }

        Assert.Contains("flush-1:ShuttingDown", ProfileGrain.DeactivationReasons);
        await using var second = await TestSilo.StartAsync(storage: storage);
        Assert.Equal("Flushed one", (await second.Grains.GetGrain<IProfileGrain>("flush-1").Get()).Name);
        Assert.Equal("Flushed two", (await second.Grains.GetGrain<IProfileGrain>("flush-2").Get()).Name);
    }
}
