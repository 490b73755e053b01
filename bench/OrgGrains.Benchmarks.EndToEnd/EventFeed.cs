using System.Globalization;
using System.Text.Json;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>An integration's metered-usage feed: batches of TOKENS_USED events, each about a random
/// pod that still takes events, each event with an id unique to this run (repeats would be ignored
/// as duplicates). Every event carries <see cref="TokensPerEvent"/> tokens, so the pods' own token
/// totals count the events the server really recorded.</summary>
internal sealed class EventFeed(double eventsPerSecond, int batchSize, GraphQLClient client, IReadOnlyList<string> podKeys, Random random)
    : RequestKind($"record events (batches of {batchSize})", eventsPerSecond / batchSize)
{
    public const int TokensPerEvent = 1_000;

    private readonly string _runId = "e2e-" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    private long _sequence;

    public int BatchSize { get; } = batchSize;

    /// <summary>The first batch sent, to send again at the end: the server must take none of it.</summary>
    public Action<Utf8JsonWriter>? FirstBatch { get; private set; }

    public override Task<byte[]> SendAsync()
    {
        var batch = NextBatch();
        FirstBatch ??= batch;
        return client.SendAsync(Documents.RecordPodEvents, batch);
    }

    public override int Check(byte[] body)
    {
        var (accepted, duplicates) = Outcome(body);
        if (accepted != BatchSize || duplicates != 0)
            throw new GraphQLFailure($"recordPodEvents accepted {accepted} and ignored {duplicates} duplicates of {BatchSize} new events.");
        return accepted;
    }

    /// <summary>Sends the first batch again and checks that every event is recognised as a duplicate.</summary>
    public async Task CheckIdempotentAsync()
    {
        if (FirstBatch is null)
            return;
        var (accepted, duplicates) = Outcome(await client.SendAsync(Documents.RecordPodEvents, FirstBatch).ConfigureAwait(false));
        if (accepted != 0 || duplicates != BatchSize)
            throw new GraphQLFailure($"Sending the first batch again recorded {accepted} events and found {duplicates} duplicates; expected 0 and {BatchSize}.");
    }

    private Action<Utf8JsonWriter> NextBatch()
    {
        string podKey = podKeys[random.Next(podKeys.Count)];
        long first = _sequence;
        _sequence += BatchSize;
        string occurredAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        return w =>
        {
            w.WriteStartObject("input");
            w.WriteString("podKey", podKey);
            w.WriteStartArray("events");
            for (long i = first; i < first + BatchSize; i++)
            {
                w.WriteStartObject();
                w.WriteString("eventId", string.Create(CultureInfo.InvariantCulture, $"{_runId}-{i}"));
                w.WriteString("kind", "TOKENS_USED");
                w.WriteString("occurredAt", occurredAt);
                w.WriteString("subjectId", "llm-gateway");
                w.WriteNumber("tokens", TokensPerEvent);
                w.WriteNumber("cost", 0.01);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        };
    }

    private static (int Accepted, int Duplicates) Outcome(byte[] body)
    {
        var result = GraphQLClient.Data(body, "recordPodEvents");
        if (result.GetProperty("userErrors").GetArrayLength() > 0)
            throw new GraphQLFailure($"recordPodEvents refused events: {result.GetProperty("userErrors").GetRawText()}");
        return (result.GetProperty("accepted").GetInt32(), result.GetProperty("duplicates").GetInt32());
    }
}
