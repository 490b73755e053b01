using System.Collections.Concurrent;

namespace OrgGrains.Runtime.Tests;

public interface IReminderGrain : IGrainWithStringKey
{
    Task Remind(string name, TimeSpan dueTime, TimeSpan period);

    Task Forget(string name);

    Task<string[]> ListReminders();
}

public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    /// <summary>Ticks received, per "key/reminder", whichever activation or silo got them.</summary>
    public static readonly ConcurrentDictionary<string, int> Ticks = new();

    public Task Remind(string name, TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(name, dueTime, period);

    public async Task Forget(string name)
    {
        if (await this.GetReminder(name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public async Task<string[]> ListReminders()
        => [.. (await ((IReminderRegistry)ServiceProvider.GetService(typeof(IReminderRegistry))!).GetReminders(GrainId)).Select(r => r.ReminderName)];

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Ticks.AddOrUpdate($"{this.GetPrimaryKeyString()}/{reminderName}", 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
