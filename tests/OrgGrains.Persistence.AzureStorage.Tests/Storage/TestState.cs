using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

public sealed record PodProfile(string Name, int Headcount);

public sealed class TestGrainState<T> : IGrainState<T>
{
    public T State { get; set; } = default!;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
