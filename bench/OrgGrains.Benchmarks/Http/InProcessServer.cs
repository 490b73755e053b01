using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OrgGrains.Benchmarks.Http;

/// <summary>
/// An <see cref="IServer"/> without sockets: requests are handed straight to the application's
/// pipeline (hosting, routing, endpoint) with in-memory bodies, so a benchmark measures the
/// application's cost per request without the network's.
/// </summary>
internal sealed class InProcessServer : IServer
{
    private Func<IFeatureCollection, Task>? _process;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        _process = async features =>
        {
            var context = application.CreateContext(features);
            try
            {
                await application.ProcessRequestAsync(context);
                application.DisposeContext(context, null);
            }
            catch (Exception error)
            {
                application.DisposeContext(context, error);
                throw;
            }
        };
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }

    /// <summary>Sends one request; the response body is written to <paramref name="responseBody"/>. Returns the status code.</summary>
    public async Task<int> SendAsync(string method, string path, IHeaderDictionary headers, byte[] body, Stream responseBody)
    {
        var process = _process ?? throw new InvalidOperationException("The application has not started.");
        var response = new HttpResponseFeature();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Method = method,
            Protocol = "HTTP/1.1",
            Scheme = "http",
            Path = path,
            Headers = headers,
            Body = new MemoryStream(body, writable: false),
        });
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(responseBody));
        await process(features);
        return response.StatusCode;
    }
}
