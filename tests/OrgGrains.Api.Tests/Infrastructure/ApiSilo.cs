using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.GraphQL;
using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;
using OrgGrains.Model.Demo;
using System.Net;
using System.Net.Sockets;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Storage;

namespace OrgGrains.Api.Tests;

/// <summary>An in-process silo with the organisation model on memory storage and the "changes"
/// streams (as OrgGrains.Model.Tests builds it), the API's schema over a call-counting grain
/// factory, and an executor. Optionally loaded with the small demo organisation. Requests run as
/// <see cref="Admin"/> unless a test says otherwise.</summary>
public sealed class ApiSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ApiSilo(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IGrainFactory>();
        Calls = host.Services.GetRequiredService<ApiGrainCalls>();
        Changes = host.Services.GetRequiredService<IChangeHub>();
        Executor = new GraphQLExecutor(OrgGraphQLSchema.Create(Grains, Changes));
    }

    /// <summary>The caller requests run as by default: an admin whose changes record "test-actor".</summary>
    public static readonly Caller Admin = Caller.SignedIn("test-actor", OrgRoles.Admin);

    public IGrainFactory Grains { get; }

    /// <summary>The model grain calls the API made.</summary>
    public ApiGrainCalls Calls { get; }

    public IChangeHub Changes { get; }

    public GraphQLExecutor Executor { get; }

    public static async Task<ApiSilo> StartAsync(bool withDemo)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            // Test classes run in parallel: each silo is a cluster of its own on free ports.
            silo.UseLocalhostClustering(FreePort(), FreePort(), clusterId: "api-" + Guid.NewGuid().ToString("N"));
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            silo.AddMemoryGrainStorageAsDefault();
            silo.AddMemoryGrainStorage("PubSubStore");
            silo.UseInMemoryReminderService();
            silo.Services.AddSingleton<ApiGrainCalls>();
            silo.Services.AddSingleton<IOutgoingGrainCallFilter>(sp => sp.GetRequiredService<ApiGrainCalls>());
            silo.AddOrganisationModel(o =>
            {
                o.RollupWriteDelay = TimeSpan.FromMilliseconds(20);
                o.GraphSummaryDelay = TimeSpan.FromMilliseconds(20);
            });
            OrgGrains.Webhooks.WebhookSiloBuilderExtensions.AddWebhooks(silo);
        });
        var host = builder.Build();
        await host.StartAsync();
        var silo = new ApiSilo(host);
        if (withDemo)
            await DemoLoader.LoadAsync(silo.Grains, DemoOrganisationGenerator.Generate(DemoSize.Small, 7, DateTimeOffset.UtcNow));
        return silo;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a query and returns its result as JSON, failing on request errors.</summary>
    public async Task<JsonElement> RunAsync(string query, object? variables = null, Caller? caller = null)
    {
        var result = await Executor.ExecuteAsync(Request(query, variables, caller));
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    /// <summary>Runs a query that must succeed without errors and returns its data.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, Caller? caller = null)
    {
        var json = await RunAsync(query, variables, caller);
        Assert.False(json.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return json.GetProperty("data");
    }

    /// <summary>A request as the server hands it to the executor: with the signed-in caller as its context.</summary>
    public static GraphQLRequest Request(string query, object? variables = null, Caller? caller = null) =>
        new() { Query = query, Variables = Variables(variables), ContextValue = caller ?? Admin };

    /// <summary>GraphQL variables as the transport would hand them over: parsed JSON values.</summary>
    public static IReadOnlyDictionary<string, object?>? Variables(object? variables) =>
        variables is null ? null : JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

/// <summary>One silo per test class, without data; tests create their own units with unique keys.</summary>
public sealed class EmptySiloFixture : IAsyncLifetime
{
    public ApiSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await ApiSilo.StartAsync(withDemo: false);

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

/// <summary>One silo per test class with the small demo organisation; its tests only read.</summary>
public sealed class DemoSiloFixture : IAsyncLifetime
{
    public ApiSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await ApiSilo.StartAsync(withDemo: true);

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
