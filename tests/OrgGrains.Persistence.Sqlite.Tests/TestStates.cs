using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.Sqlite.Tests;

public sealed record Counter(long Value);

internal static class TestStates
{
    public static GrainId Grain(string key) => GrainId.Create("counter", key);

    public static GrainState<Counter> Counter(long value, string? eTag = null)
        => new(new Counter(value)) { ETag = eTag, RecordExists = eTag is not null };

    public static SqliteGrainStorageOptions Options(string path) => new() { DatabasePath = path, GrainStorageSerializer = new WebJsonGrainStorageSerializer() };

    public static SqliteGrainStorage OpenStorage(string path) => new("Default", Options(path));

    public static async Task<GrainState<Counter>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = Counter(0);
        await storage.ReadStateAsync("counter", grain, state);
        return state;
    }
}
