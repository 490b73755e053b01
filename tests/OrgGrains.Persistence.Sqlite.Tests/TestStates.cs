using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.Sqlite.Tests;

internal sealed record Counter(long Value);

internal static class TestStates
{
    public static GrainId Grain(string key) => new("OrgGrains.Tests.ICounterGrain", key);

    public static TestGrainState<Counter> Counter(long value, string? eTag = null)
        => new(new Counter(value)) { ETag = eTag, RecordExists = eTag is not null };

    public static SqliteGrainStorage OpenStorage(string path)
        => new("Default", new SqliteGrainStorageOptions { DatabasePath = path }, new JsonGrainStorageSerializer());

    public static async Task<TestGrainState<Counter>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = Counter(0);
        await storage.ReadStateAsync("counter", grain, state);
        return state;
    }
}
