using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OrgGrains.Server.Tests.Webhooks;

/// <summary>A webhook receiver on 127.0.0.1 (Kestrel, a port of its own that it keeps across a stop
/// and a start): it answers as <see cref="Answer"/> says and records every request it got.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public enum Behaviour { Accept, Fail, Hang }

    private readonly ConcurrentQueue<Delivery> _requests = new();
    private WebApplication? _app;

    private WebhookReceiver(int port) => Port = port;

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hooks";

    /// <summary>How the next requests are answered: 204, 500, or no answer until the sender gives up.</summary>
    public Behaviour Answer { get; set; } = Behaviour.Accept;

    /// <summary>Every request received, in arrival order, answered or not.</summary>
    public IReadOnlyList<Delivery> Requests => [.. _requests];

    /// <summary>The requests answered 2xx: what the receiver took.</summary>
    public IReadOnlyList<Delivery> Accepted => [.. _requests.Where(r => r.Accepted)];

    public static async Task<WebhookReceiver> StartAsync(int? port = null)
    {
        var receiver = new WebhookReceiver(port ?? Cluster.ServerProcess.FreePort());
        await receiver.StartAsync();
        return receiver;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hooks", ReceiveAsync);
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Stops listening: deliveries meet a refused connection until <see cref="StartAsync()"/>.</summary>
    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var answer = Answer;
        var headers = context.Request.Headers;
        _requests.Enqueue(new Delivery(headers["webhook-id"].ToString(), headers["webhook-timestamp"].ToString(), headers["webhook-signature"].ToString(), body, answer == Behaviour.Accept));
        switch (answer)
        {
            case Behaviour.Accept:
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case Behaviour.Fail:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                break;
            case Behaviour.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds for the accepted deliveries; fails with what arrived after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<Delivery>> WhenAcceptedAsync(Func<IReadOnlyList<Delivery>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var accepted = Accepted;
            if (done(accepted))
                return accepted;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The receiver did not get what was expected within {timeout}; it got {Requests.Count} requests:\n" +
                    string.Join('\n', Requests.Select(r => $"{(r.Accepted ? "accepted" : "refused")} {r.Id} {r.Body}")));
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>One request as it arrived.</summary>
    public sealed record Delivery(string Id, string Timestamp, string Signature, string Body, bool Accepted)
    {
        private JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public string Type => Json.GetProperty("type").GetString()!;

        public JsonElement Data => Json.GetProperty("data").Clone();

        /// <summary>For unit.changed: the unit's key.</summary>
        public string? UnitKey => Type == "unit.changed" ? Data.GetProperty("key").GetString() : null;
    }
}
