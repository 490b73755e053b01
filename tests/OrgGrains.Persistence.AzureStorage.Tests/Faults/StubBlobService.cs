using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>A Blob service stand-in on 127.0.0.1 for what Azurite cannot show: throttling on
/// demand, and bearer tokens (Azurite's OAuth needs its own TLS set-up). It keeps blobs in memory
/// with ETags and lets a test refuse requests before they are served.</summary>
public sealed class StubBlobService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (byte[] Body, string ETag)> _blobs = new();
    private int _version;

    private StubBlobService(WebApplication app) => _app = app;

    /// <summary>Every request as it arrived: method, path and query, Authorization header, time.</summary>
    public ConcurrentQueue<(string Method, string PathAndQuery, string? Authorization, DateTimeOffset At)> Requests { get; } = new();

    /// <summary>Runs before the stub serves a request; a non-null result is sent instead.</summary>
    public Func<HttpRequest, IResult?> Intercept { get; set; } = _ => null;

    public Uri BlobEndpoint { get; private set; } = null!;

    public static async Task<StubBlobService> StartAsync(X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var stub = new StubBlobService(app);
        app.Run(stub.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        stub.BlobEndpoint = new Uri(address.TrimEnd('/') + "/devstoreaccount1");
        return stub;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue((request.Method, request.Path + request.QueryString, request.Headers.Authorization.FirstOrDefault(), DateTimeOffset.UtcNow));
        var result = Intercept(request) ?? await ServeBlobAsync(request);
        await result.ExecuteAsync(context);
    }

    private async Task<IResult> ServeBlobAsync(HttpRequest request)
    {
        if (request.Query["restype"] == "container" && request.Method == "PUT")
        {
            return Results.StatusCode(201);
        }

        var path = request.Path.Value!;
        switch (request.Method)
        {
            case "PUT":
                using (var body = new MemoryStream())
                {
                    await request.Body.CopyToAsync(body);
                    var etag = $"\"0x{Interlocked.Increment(ref _version):X}\"";
                    _blobs[path] = (body.ToArray(), etag);
                    request.HttpContext.Response.Headers.ETag = etag;
                    return Results.StatusCode(201);
                }

            case "GET" when _blobs.TryGetValue(path, out var blob):
                request.HttpContext.Response.Headers.ETag = blob.ETag;
                return Results.Bytes(blob.Body, "application/json");

            default:
                return Results.StatusCode(404);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
