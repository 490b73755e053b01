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

/// <summary>A Blob service stand-in on 127.0.0.1 for what Azurite cannot show: throttling and lost
/// responses on demand, and bearer tokens (Azurite's OAuth needs its own TLS set-up). It keeps
/// blobs in memory with ETags, metadata and the If-Match / If-None-Match: * conditions.</summary>
public sealed class StubBlobService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (byte[] Body, string ETag, Dictionary<string, string> Metadata)> _blobs = new();
    private int _version;

    private StubBlobService(WebApplication app) => _app = app;

    /// <summary>Every request as it arrived: method, path and query, Authorization header, time.</summary>
    public ConcurrentQueue<(string Method, string PathAndQuery, string? Authorization, DateTimeOffset At)> Requests { get; } = new();

    /// <summary>Runs before the stub serves a request; a non-null result is sent instead.</summary>
    public Func<HttpRequest, IResult?> Intercept { get; set; } = _ => null;

    /// <summary>When true for a request, the stub serves it and then drops the connection, as a
    /// timeout or network failure loses a response after the service acted.</summary>
    public Func<HttpRequest, bool> LoseResponse { get; set; } = _ => false;

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
        if (LoseResponse(request))
        {
            context.Abort();
            return;
        }

        await result.ExecuteAsync(context);
    }

    private async Task<IResult> ServeBlobAsync(HttpRequest request)
    {
        if (request.Query["restype"] == "container" && request.Method == "PUT")
        {
            return Results.StatusCode(201);
        }

        var path = request.Path.Value!;
        var response = request.HttpContext.Response;
        _blobs.TryGetValue(path, out var stored);
        var exists = stored.ETag is not null;
        switch (request.Method)
        {
            case "PUT":
                if (request.Headers.IfNoneMatch == "*" && exists)
                {
                    return Refuse(409, "BlobAlreadyExists");
                }

                if (request.Headers.IfMatch.Count > 0 && (!exists || request.Headers.IfMatch != stored.ETag))
                {
                    return Refuse(412, "ConditionNotMet");
                }

                using (var body = new MemoryStream())
                {
                    await request.Body.CopyToAsync(body);
                    var etag = $"\"0x{Interlocked.Increment(ref _version):X}\"";
                    var metadata = request.Headers.Where(h => h.Key.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
                        .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
                    _blobs[path] = (body.ToArray(), etag, metadata);
                    response.Headers.ETag = etag;
                    return Results.StatusCode(201);
                }

            case "GET" when exists:
                response.Headers.ETag = stored.ETag;
                return Results.Bytes(stored.Body, "application/json");

            case "HEAD" when exists:
                response.Headers.ETag = stored.ETag;
                foreach (var (name, value) in stored.Metadata)
                {
                    response.Headers[name] = value;
                }

                return Results.StatusCode(200);

            default:
                return Refuse(404, "BlobNotFound");
        }

        IResult Refuse(int status, string code)
        {
            response.Headers["x-ms-error-code"] = code;
            return Results.StatusCode(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
