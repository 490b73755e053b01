// Azurite and three OrgGrains silos clustered on its Table storage, with the Aspire dashboard.
// Azurite runs as an executable (tests/node's npm package): there is no container runtime here.
var builder = DistributedApplication.CreateBuilder(args);
var ports = builder.Configuration.GetSection("OrgGrains");
int Port(string key, int fallback) => int.TryParse(ports[key], out var port) ? port : fallback;

var blobPort = Port("AzuriteBlobPort", 10000);
var tablePort = Port("AzuriteTablePort", 10002);
var repository = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, ".."));
var azuriteFolder = Path.Combine(Path.GetTempPath(), "orggrains-apphost-azurite-" + blobPort);
var azurite = builder.AddExecutable("azurite", Path.Combine(repository, "tests", "node", "node_modules", ".bin", "azurite"), repository,
        "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(),
        "--queueHost", "127.0.0.1", "--queuePort", Port("AzuriteQueuePort", 10001).ToString(),
        "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(),
        "--location", azuriteFolder, "--skipApiVersionCheck", "--loose", "--disableTelemetry");

// Azurite's well-known development account, on the ports chosen above.
var storage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    + $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

var firstHttpPort = Port("FirstHttpPort", 5081);
var firstSiloPort = Port("FirstSiloPort", 11111);
var firstGatewayPort = Port("FirstGatewayPort", 30000);
var clusterId = builder.Configuration["OrgGrains:ClusterId"] ?? "orggrains-apphost";
for (var i = 0; i < 3; i++)
{
    var url = $"http://127.0.0.1:{firstHttpPort + i}";
    builder.AddProject<Projects.OrgGrains_Server>($"silo-{i + 1}")
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
        .WithEnvironment("Urls", url)
        .WithEnvironment("Storage__Provider", "AzureBlob")
        .WithEnvironment("Storage__AzureBlob__ConnectionString", storage)
        .WithEnvironment("Cluster__Provider", "AzureStorage")
        .WithEnvironment("Cluster__ClusterId", clusterId)
        .WithEnvironment("Cluster__AdvertisedIPAddress", "127.0.0.1")
        .WithEnvironment("Cluster__SiloPort", (firstSiloPort + i).ToString())
        .WithEnvironment("Cluster__GatewayPort", (firstGatewayPort + i).ToString())
        // One silo loads the demo organisation into the empty store; loading is not meant to race.
        .WithEnvironment("Demo__Size", i == 0 ? "Small" : "None")
        .WaitFor(azurite);
}

builder.Build().Run();
