namespace OrgGrains.Runtime.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_silo_whose_grains_need_an_unregistered_storage_refuses_to_start()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestSilo.StartAsync(memoryProviders: false));

        Assert.Contains(typeof(ProfileGrain).FullName!, error.Message);
        Assert.Contains("storage 'Default'", error.Message);
    }

    [Fact]
    public async Task A_non_positive_timing_option_refuses_to_start_naming_the_option()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.Zero));

        Assert.Contains("ResponseTimeout", error.Message);
    }

    [Fact]
    public void The_runtime_is_configured_once()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseGrainRuntime(silo => silo.AddMemoryGrainStorage());

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseGrainRuntime());

        Assert.Contains("UseGrainRuntime was called twice", error.Message);
    }
}
