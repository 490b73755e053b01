namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>What OrgGrains' SQLite reminder table promises beyond Orleans' Azure Table one: any
/// grain key. Azure Table refuses keys with control characters and keys over 1 KiB, so those
/// grains cannot have reminders there.</summary>
public abstract class StrictReminderTableConformanceTests(IReminderTable table) : ReminderTableConformanceTests(table)
{
    [Theory]
    [MemberData(nameof(GrainStorageConformanceTests.HardKeys), MemberType = typeof(GrainStorageConformanceTests))]
    public Task Any_hard_grain_key_and_reminder_name_roundtrips(string key) => AssertRoundtripsAsync(key);
}
