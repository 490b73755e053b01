using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>A real Orleans silo on SQLite: what grains wrote, and the reminders they registered,
/// are there again in a new silo on the same file.</summary>
public sealed class SiloRestartTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Task<IHost> StartSiloAsync(string path) => TestSilo.StartAsync(silo => silo
        .Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(50))
        .AddSqliteGrainStorageAsDefault(o => o.DatabasePath = path)
        .UseSqliteReminderService(o => o.DatabasePath = path));

    [Fact]
    public async Task A_grains_state_survives_a_silo_restart()
    {
        var path = _folder.File("silo.db");
        using (var first = await StartSiloAsync(path))
        {
            var pod = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IRosterGrain>("payments/checkout");
            await pod.Join("ada");
            await pod.Join("grace");
            await first.StopAsync();
        }

        using var second = await StartSiloAsync(path);
        var roster = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IRosterGrain>("payments/checkout").Members();

        Assert.Equal(["ada", "grace"], roster);
        await second.StopAsync();
    }

    [Fact]
    public async Task A_reminder_fires_after_a_silo_restart_from_the_sqlite_reminder_table()
    {
        var path = _folder.File("reminders.db");
        var key = Guid.NewGuid().ToString("N");
        using (var first = await StartSiloAsync(path))
        {
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IRosterGrain>(key)
                .RemindToReview(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(200));
            await first.StopAsync();
        }

        Assert.False(RosterGrain.Reviews.ContainsKey(key), "The reminder fired before the restart; the test proves nothing.");

        using var second = await StartSiloAsync(path);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (RosterGrain.Reviews.GetValueOrDefault(key) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(RosterGrain.Reviews.GetValueOrDefault(key) >= 2, "The reminder did not tick twice in the restarted silo.");
        await second.StopAsync();
    }
}

public interface IRosterGrain : IGrainWithStringKey
{
    Task Join(string member);

    Task<string[]> Members();

    Task RemindToReview(TimeSpan dueTime, TimeSpan period);
}

public sealed record RosterState
{
    public string[] Members { get; init; } = [];
}

public sealed class RosterGrain([PersistentState("roster")] IPersistentState<RosterState> roster) : Grain, IRosterGrain, IRemindable
{
    /// <summary>Reminder ticks received per grain key, across silos.</summary>
    public static readonly ConcurrentDictionary<string, int> Reviews = new();

    public async Task Join(string member)
    {
        roster.State = roster.State with { Members = [.. roster.State.Members, member] };
        await roster.WriteStateAsync();
    }

    public Task<string[]> Members() => Task.FromResult(roster.State.Members);

    public Task RemindToReview(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder("review", dueTime, period);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Reviews.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
