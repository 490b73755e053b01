namespace OrgGrains.Model.Tests;

public static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds; fails after <paramref name="within"/> (5 s by default).</summary>
    public static Task True(Func<Task<bool>> condition, string what, TimeSpan? within = null)
        => Poll(condition, what, within, betweenPolls: null);

    /// <summary>Polls as <see cref="True"/> does, moving <paramref name="clock"/> on by a second between
    /// polls: Orleans' reminder service and grain timers on a manual clock fire only when it moves, and
    /// work a tick started (a re-registered reminder, a write-behind timer) may be due a moment after
    /// the instant the test moved to. A second is nothing to rules measured in hours and days.</summary>
    public static NudgingPoll Nudging(ManualClock clock) => new(clock);

    public sealed class NudgingPoll(ManualClock clock)
    {
        public Task True(Func<Task<bool>> condition, string what, TimeSpan? within = null)
            => Poll(condition, what, within, () => clock.Advance(TimeSpan.FromSeconds(1)));
    }

    private static async Task Poll(Func<Task<bool>> condition, string what, TimeSpan? within, Action? betweenPolls)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(5));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting until {what}.");
            betweenPolls?.Invoke();
            await Task.Delay(10);
        }
    }
}
