using Orleans.Storage;
using OrgGrains.Model;
using OrgGrains.Persistence.Sqlite;

namespace OrgGrains.Benchmarks.Storage;

/// <summary>The grain storage providers the storage benchmarks compare in one run. Adding a
/// provider is one line here: a name and how to open it in a scratch folder. (Orleans' memory and
/// Azure Blob providers are built by a silo, not opened stand-alone; the end-to-end benchmark
/// measures Azure Blob behind a real server.)</summary>
internal static class StorageProviders
{
    private static readonly IGrainStorageSerializer Serializer = new ModelStateSerializer();

    private static readonly Dictionary<string, Func<string, IGrainStorage>> Open = new()
    {
        ["Sqlite"] = folder => new SqliteGrainStorage("Bench", new SqliteGrainStorageOptions { DatabasePath = Path.Combine(folder, "bench.db"), GrainStorageSerializer = Serializer }), // synchronous=FULL
        ["SqliteNormal"] = folder => new SqliteGrainStorage("Bench", new SqliteGrainStorageOptions { DatabasePath = Path.Combine(folder, "bench.db"), Synchronous = SqliteSynchronousMode.Normal, GrainStorageSerializer = Serializer }),
    };

    public static IEnumerable<string> Names => Open.Keys;

    public static OpenProvider Create(string name) => new(name, Open[name]);

    /// <summary>A provider opened in its own scratch folder, removed on dispose.</summary>
    public sealed class OpenProvider : IAsyncDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("orggrains-bench-").FullName;

        public OpenProvider(string name, Func<string, IGrainStorage> open) => Storage = open(_folder);

        public IGrainStorage Storage { get; }

        public async ValueTask DisposeAsync()
        {
            if (Storage is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }

            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>A state shaped like a model grain's, about 300 bytes of JSON.</summary>
public sealed record BenchPodState(string Name, string Mission, int Headcount, IReadOnlyList<string> Members, DateTimeOffset UpdatedAt)
{
    public static BenchPodState Sample(int version) => new(
        "Checkout payments",
        "Make paying for an order one tap, everywhere the customer is.",
        7,
        ["ada", "grace", "linus", "barbara", "edsger", "margaret", "ken"],
        DateTimeOffset.UnixEpoch.AddSeconds(version));
}
