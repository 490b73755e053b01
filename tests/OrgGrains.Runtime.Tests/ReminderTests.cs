namespace OrgGrains.Runtime.Tests;

public sealed class ReminderTests
{
    [Fact]
    public async Task A_reminder_fires_after_a_silo_restart_and_activates_its_grain()
    {
        var table = new InMemoryReminderTable();
        var key = Guid.NewGuid().ToString();
        await using (var first = await TestSilo.StartAsync(reminders: table))
        {
            await first.Grains.GetGrain<IReminderGrain>(key).Remind("nightly", TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(100));
        }
        Assert.False(ReminderGrain.Ticks.ContainsKey($"{key}/nightly"));

        await using var second = await TestSilo.StartAsync(reminders: table);

        await Eventually.True(() => ReminderGrain.Ticks.GetValueOrDefault($"{key}/nightly") >= 2, TimeSpan.FromSeconds(10), "the reminder ticked twice in the new silo");
        Assert.Equal(["nightly"], await second.Grains.GetGrain<IReminderGrain>(key).ListReminders());
    }

    [Fact]
    public async Task An_unregistered_reminder_stops_firing()
    {
        await using var silo = await TestSilo.StartAsync();
        var key = Guid.NewGuid().ToString();
        var grain = silo.Grains.GetGrain<IReminderGrain>(key);

        await grain.Remind("weekly", TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
        await Eventually.True(() => ReminderGrain.Ticks.ContainsKey($"{key}/weekly"), TimeSpan.FromSeconds(5), "the reminder ticked");
        await grain.Forget("weekly");
        var ticks = ReminderGrain.Ticks[$"{key}/weekly"];
        await Task.Delay(200);

        Assert.InRange(ReminderGrain.Ticks[$"{key}/weekly"], ticks, ticks + 1);
        Assert.Empty(await grain.ListReminders());
    }

    [Fact]
    public async Task A_period_below_the_minimum_is_refused()
    {
        await using var silo = await TestSilo.StartAsync(o => o.MinimumReminderPeriod = TimeSpan.FromMinutes(1));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => silo.Grains.GetGrain<IReminderGrain>("short").Remind("too-often", TimeSpan.Zero, TimeSpan.FromSeconds(1)));

        Assert.Contains("MinimumReminderPeriod", error.Message);
    }
}
