using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>The kit against Orleans' own in-memory provider, the reference the SQLite store is
/// compared with: a case that fails here but passes for SQLite asks more than Orleans does.</summary>
/// <remarks>MemoryGrainStorage keeps state in storage grains, so it works only inside a running
/// silo: the fixture starts one and hands its "Default" provider to every test of the class.</remarks>
public sealed class MemoryGrainStorageConformanceTests(MemoryStorageSilo silo)
    : GrainStorageConformanceTests(silo.Storage), IClassFixture<MemoryStorageSilo>;

public sealed class MemoryStorageSilo : IAsyncLifetime
{
    private IHost? _host;

    public IGrainStorage Storage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await TestSilo.StartAsync(silo => silo.AddMemoryGrainStorageAsDefault());
        Storage = _host.Services.GetRequiredKeyedService<IGrainStorage>("Default");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
    }
}
