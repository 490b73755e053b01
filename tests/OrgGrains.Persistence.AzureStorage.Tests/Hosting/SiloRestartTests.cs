using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

public sealed record PodCharter
{
    public string Mission { get; init; } = "";

    public List<string> Members { get; init; } = [];
}

public interface IPodCharterGrain : IGrainWithStringKey
{
    Task SetMission(string mission);

    Task Join(string member);

    [ReadOnly] Task<PodCharter> Get();
}

public sealed class PodCharterGrain([PersistentState("charter")] IPersistentState<PodCharter> charter) : Grain, IPodCharterGrain
{
    public async Task SetMission(string mission)
    {
        charter.State = charter.State with { Mission = mission };
        await charter.WriteStateAsync();
    }

    public async Task Join(string member)
    {
        charter.State = charter.State with { Members = [.. charter.State.Members, member] };
        await charter.WriteStateAsync();
    }

    public Task<PodCharter> Get() => Task.FromResult(charter.State);
}

/// <summary>A silo configured with Azure Blob storage and reminders, stopped and started again.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SiloRestartTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Grain_state_and_reminders_survive_a_silo_restart()
    {
        var key = "platform-" + Guid.NewGuid().ToString("N")[..8];
        var grainId = new GrainId(typeof(IPodCharterGrain).FullName!, key);
        var containers = "silo-" + Guid.NewGuid().ToString("N")[..8];

        using (var first = await StartSiloAsync(containers))
        {
            var pod = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key);
            await pod.SetMission("Ship the model platform");
            await pod.Join("ada");
            await pod.Join("grace");
            await first.Services.GetRequiredService<IReminderTable>()
                .UpsertRow(new ReminderEntry(grainId, "weekly-review", DateTimeOffset.UtcNow.AddDays(7), TimeSpan.FromDays(7)));
            await first.StopAsync();
        }

        using var second = await StartSiloAsync(containers);
        var charter = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key).Get();
        var reminders = await second.Services.GetRequiredService<IReminderTable>().ReadRows(grainId);

        Assert.Equal("Ship the model platform", charter.Mission);
        Assert.Equal(["ada", "grace"], charter.Members);
        Assert.Equal("weekly-review", Assert.Single(reminders).ReminderName);
        await second.StopAsync();
    }

    [Fact]
    public void A_store_without_a_connection_is_refused_at_configuration_naming_it()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });

        var error = Assert.Throws<ArgumentException>(() => builder.UseGrainRuntime(silo => silo.AddAzureBlobGrainStorage("Archive", _ => { })));

        Assert.Contains("Azure Blob grain storage 'Archive'", error.Message);
        Assert.Contains("ConfigureBlobServiceClient", error.Message);
    }

    private async Task<IHost> StartSiloAsync(string containers)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseGrainRuntime(silo => silo
            .AddAzureBlobGrainStorage("Default", o =>
            {
                o.ConfigureBlobServiceClient(azurite.Server.ConnectionString);
                o.ContainerName = containers;
            })
            .UseAzureBlobReminderService(o =>
            {
                o.ConfigureBlobServiceClient(azurite.Server.ConnectionString);
                o.ContainerName = containers + "-reminders";
            }));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
