using Azure.Core.Pipeline;
using OrgGrains.Persistence.AzureStorage;
using OrgGrains.Persistence.AzureStorage.Tests;
using OrgGrains.Runtime;

namespace OrgGrains.Benchmarks.Storage;

/// <summary>Azure Blob grain storage against an Azurite the benchmark starts itself (127.0.0.1,
/// free port, scratch folder, telemetry off) and stops on dispose. Azurite persists to disk like the
/// SQLite providers, but it is an emulator in Node.js on the same two cores: its numbers measure
/// our protocol path plus Azurite, not Azure Storage's service latency.</summary>
internal sealed class AzureBlobBenchStorage : IGrainStorage, IAsyncDisposable
{
    private readonly AzuriteServer _azurite;
    private readonly AzureBlobGrainStorage _storage;

    // At most as many requests in flight as connections: the read benchmark loads 10,000 states at
    // once, and requests queued inside the HTTP client would count against its network timeout.
    private readonly SemaphoreSlim _inFlight = new(MaxConnections);
    private const int MaxConnections = 64;

    private AzureBlobBenchStorage(AzuriteServer azurite, IGrainStorageSerializer serializer)
    {
        _azurite = azurite;
        var options = new AzureBlobStorageOptions();
        options.ConfigureBlobServiceClient(azurite.ConnectionString);
        // A bounded connection pool, as a production silo would configure: 512 writers share 64 connections.
        options.ClientOptions.Transport = new HttpClientTransport(new SocketsHttpHandler { MaxConnectionsPerServer = MaxConnections });
        _storage = new AzureBlobGrainStorage("Bench", options, serializer);
    }

    public static IGrainStorage Open(IGrainStorageSerializer serializer)
        => new AzureBlobBenchStorage(AzuriteServer.StartNewAsync().GetAwaiter().GetResult(), serializer);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => Admit(() => _storage.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => Admit(() => _storage.WriteStateAsync(stateName, grainId, grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => Admit(() => _storage.ClearStateAsync(stateName, grainId, grainState));

    private async Task Admit(Func<Task> operation)
    {
        await _inFlight.WaitAsync();
        try
        {
            await operation();
        }
        finally
        {
            _inFlight.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _azurite.DisposeAsync();
        _inFlight.Dispose();
    }
}
