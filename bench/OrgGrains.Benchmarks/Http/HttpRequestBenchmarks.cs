using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrgGrains.GraphQL.AspNetCore;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.Benchmarks.Http;

/// <summary>
/// One request of the HTTP benchmark (bench/Http/run.sh) — POST <see cref="AuthorsSchema.Query"/>, 20 authors
/// × 3 books — through the whole ASP.NET Core pipeline (hosting, routing, MapGraphQL) in-process, without
/// sockets: the time and bytes a request costs the server on top of Kestrel's own. Beside it, in the same
/// run: the same executor without the transport (execute and write the JSON), and the pipeline's floor
/// (an endpoint that writes a response of the same size without GraphQL).
/// </summary>
[MemoryDiagnoser]
public class HttpRequestBenchmarks
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = AuthorsSchema.Query }));

    private readonly MemoryStream _response = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);
    private WebApplication _app = null!;
    private InProcessServer _server = null!;
    private GraphQLExecutor _executor = null!;
    private byte[] _expected = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _executor = new GraphQLExecutor(AuthorsSchema.Build(), GraphQLEndpointOptions.DefaultExecutorOptions);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IServer, InProcessServer>();
        _app = builder.Build();
        _app.MapGraphQL("/graphql", _executor);
        _app.MapPost("/floor", async context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.BodyWriter.WriteAsync(_expected, context.RequestAborted);
        });
        await _app.StartAsync();
        _server = (InProcessServer)_app.Services.GetRequiredService<IServer>();

        await GraphQLOverHttp();
        _expected = _response.ToArray();
        if (!Encoding.UTF8.GetString(_expected).Contains("\"md5\":\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The benchmark request did not answer the authors: " + Encoding.UTF8.GetString(_expected));
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _app.DisposeAsync();

    [Benchmark(Baseline = true, Description = "POST /graphql (MapGraphQL, in-process)")]
    public Task<int> GraphQLOverHttp() => SendAsync("/graphql");

    [Benchmark(Description = "execute + write JSON (no transport)")]
    public async Task<int> ExecuteAndWrite()
    {
        _buffer.ResetWrittenCount();
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = AuthorsSchema.Query });
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = ResponseWriter.Encoder, SkipValidation = true }))
        {
            ResponseWriter.Write(writer, result);
        }

        return _buffer.WrittenCount;
    }

    [Benchmark(Description = "pipeline floor (same bytes, no GraphQL)")]
    public Task<int> PipelineFloor() => SendAsync("/floor");

    private Task<int> SendAsync(string path)
    {
        _response.SetLength(0);
        IHeaderDictionary headers = new HeaderDictionary();
        headers.ContentType = "application/json";
        headers.Accept = "application/json";
        headers.ContentLength = Body.Length;
        headers.Host = "127.0.0.1";
        return _server.SendAsync(HttpMethods.Post, path, headers, Body, _response);
    }
}
