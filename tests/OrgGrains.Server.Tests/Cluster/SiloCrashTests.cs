using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OrgGrains.Persistence.AzureStorage.Tests;
using Xunit.Abstractions;

namespace OrgGrains.Server.Tests.Cluster;

/// <summary>A real crash: three server processes clustered through Azure Table membership and
/// keeping state in Azure Blob storage (Azurite), one killed with SIGKILL while writes are under way.
/// Every acknowledged write must be there afterwards, counted once, and the survivors must serve
/// every unit again within a stated time.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Each event carries 7 tokens, so a pod's tokensPerDay (tokens in its 7-day window ÷ 7)
    /// is the number of its events.</summary>
    private const int TokensPerEvent = 7;
    private const int Pods = 24;
    /// <summary>The survivors must serve every unit again within this time after the crash (membership
    /// is tuned to declare a silo dead in a few seconds).</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("orggrains-crash-").FullName;
    private readonly List<ServerProcess> _servers = [];
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync();
        var clusterId = "crash-" + Guid.NewGuid().ToString("N")[..8];
        for (int i = 0; i < 3; i++)
        {
            var settings = new Dictionary<string, string>
            {
                ["Storage:Provider"] = "AzureBlob",
                ["Storage:AzureBlob:ConnectionString"] = _azurite.ConnectionString,
                ["Cluster:Provider"] = "AzureStorage",
                ["Cluster:ClusterId"] = clusterId,
                ["Cluster:SiloPort"] = ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture),
                ["Cluster:GatewayPort"] = ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture),
                ["Demo:Size"] = "None",
            };
            _servers.Add(ServerProcess.Start("silo-" + i, settings, _folder));
        }
        foreach (var server in _servers)
            await server.WhenReadyAsync(TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task Killing_a_silo_under_write_load_loses_no_acknowledged_write_and_the_survivors_serve_every_unit()
    {
        // Units created through every silo, so their grains spread over the cluster.
        var first = _servers[0];
        await MustAsync(first, "mutation { createDomain(input: { key: \"crash-domain\", name: \"Crash\", description: \"d\" }) { userErrors { code } } }");
        for (int p = 0; p < Pods; p++)
            await MustAsync(_servers[p % 3], $"mutation {{ createPod(input: {{ key: \"crash-pod-{p}\", name: \"Pod {p}\", mission: \"m\", domainKey: \"crash-domain\" }}) {{ userErrors {{ code }} }} }}");

        var acknowledged = new ConcurrentDictionary<string, int>();  // pod -> events acknowledged
        var attempted = new ConcurrentDictionary<string, int>();     // pod -> distinct events sent
        var people = new ConcurrentBag<string>();
        int refusedAfterAck = 0;
        using var stop = new CancellationTokenSource();
        var victim = _servers[1];
        var clock = Stopwatch.StartNew();
        TimeSpan killedAt = TimeSpan.Zero;

        async Task WriterAsync(int writer)
        {
            var random = new Random(writer);
            for (int n = 0; !stop.IsCancellationRequested; n++)
            {
                var pod = "crash-pod-" + random.Next(Pods);
                var server = _servers[(writer + n) % 3];
                if (n % 5 == 4)
                {
                    var person = $"crash-person-{writer}-{n}";
                    var created = await server.TryPostAsync(
                        $"mutation {{ createPerson(input: {{ key: \"{person}\", name: \"P\", email: \"{person}@example.com\", discipline: ML_OPS }}) {{ person {{ key }} userErrors {{ code }} }} }}");
                    if (created is { } c && !c.TryGetProperty("errors", out _) && c.GetProperty("data").GetProperty("createPerson").GetProperty("person").ValueKind == JsonValueKind.Object)
                        people.Add(person);
                    continue;
                }

                // A batch of 3 events with ids of their own; retried (same ids) until acknowledged or the load stops.
                var ids = Enumerable.Range(0, 3).Select(i => $"w{writer}-{n}-{i}").ToArray();
                attempted.AddOrUpdate(pod, ids.Length, (_, v) => v + ids.Length);
                var events = string.Join(", ", ids.Select(id =>
                    $"{{ eventId: \"{id}\", kind: TOKENS_USED, occurredAt: \"{DateTimeOffset.UtcNow:O}\", subjectId: \"api\", tokens: {TokensPerEvent} }}"));
                for (int attempt = 0; attempt < 20 && !stop.IsCancellationRequested; attempt++)
                {
                    var target = _servers[(writer + n + attempt) % 3];
                    var result = await target.TryPostAsync($"mutation {{ recordPodEvents(input: {{ podKey: \"{pod}\", events: [{events}] }}) {{ accepted duplicates userErrors {{ code }} }} }}");
                    if (result is { } r && !r.TryGetProperty("errors", out _) && r.GetProperty("data").GetProperty("recordPodEvents") is var payload
                        && payload.GetProperty("userErrors").GetArrayLength() == 0)
                    {
                        if (payload.GetProperty("accepted").GetInt32() + payload.GetProperty("duplicates").GetInt32() != ids.Length)
                            Interlocked.Increment(ref refusedAfterAck);
                        acknowledged.AddOrUpdate(pod, ids.Length, (_, v) => v + ids.Length);
                        break;
                    }
                    await Task.Delay(50);
                }
            }
        }

        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(() => WriterAsync(w))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(4));
        victim.Kill();
        killedAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(8));
        stop.Cancel();
        await Task.WhenAll(writers);

        // Every unit answers again through the survivors (reads of every pod through each survivor).
        var survivors = _servers.Where(s => s != victim).ToArray();
        TimeSpan allServed;
        while (true)
        {
            bool all = true;
            foreach (var survivor in survivors)
            {
                var read = await survivor.TryPostAsync("{ pods(first: 100) { totalCount } " +
                    string.Join(" ", Enumerable.Range(0, Pods).Select(p => $"p{p}: pod(key: \"crash-pod-{p}\") {{ key }}")) + " }");
                all &= read is { } r && !r.TryGetProperty("errors", out _)
                    && Enumerable.Range(0, Pods).All(p => r.GetProperty("data").GetProperty($"p{p}").ValueKind == JsonValueKind.Object);
            }
            if (all)
            {
                allServed = clock.Elapsed - killedAt;
                break;
            }
            Assert.True(clock.Elapsed - killedAt < RecoveryBound, $"The survivors did not serve every pod within {RecoveryBound} of the crash.");
            await Task.Delay(200);
        }

        // Nothing acknowledged is lost and nothing is counted twice: each pod's count of events lies
        // between what was acknowledged and what was attempted (a batch whose answer the crash swallowed
        // may or may not have been applied), read through each survivor.
        long totalAcknowledged = acknowledged.Values.Sum(), totalApplied = 0;
        var lost = new List<string>();
        var countsRead = new Dictionary<string, List<long>>();  // pod -> its count as each survivor reads it
        foreach (var survivor in survivors)
        {
            var read = await MustAsync(survivor, "{ " + string.Join(" ", Enumerable.Range(0, Pods)
                .Select(p => $"p{p}: pod(key: \"crash-pod-{p}\") {{ metrics {{ tokensPerDay }} }}")) + " }");
            long applied = 0;
            for (int p = 0; p < Pods; p++)
            {
                var pod = "crash-pod-" + p;
                var events = (long)Math.Round(read.GetProperty($"p{p}").GetProperty("metrics").GetProperty("tokensPerDay").GetDouble());
                applied += events;
                (countsRead.TryGetValue(pod, out var counts) ? counts : countsRead[pod] = []).Add(events);
                if (events < acknowledged.GetValueOrDefault(pod) || events > attempted.GetValueOrDefault(pod))
                    lost.Add($"{pod} on {survivor.Name}: {events} events, {acknowledged.GetValueOrDefault(pod)} acknowledged, {attempted.GetValueOrDefault(pod)} attempted");
            }
            totalApplied = applied;
        }
        // One activation per pod: every survivor reads the same counts (a second activation would have
        // its own copy of the state). A write that met a newer ETag (another activation wrote first)
        // must have been refused, not acknowledged: Orleans logs it as InconsistentStateException.
        var disagreeing = countsRead.Where(p => p.Value.Distinct().Count() > 1).Select(p => $"{p.Key}: {string.Join(" vs ", p.Value)}").ToList();
        int etagConflicts = survivors.Sum(s => CountOf(s.Log, "InconsistentStateException"));
        foreach (var person in people)
        {
            var read = await MustAsync(survivors[0], $"{{ person(key: \"{person}\") {{ key }} }}");
            if (read.GetProperty("person").ValueKind != JsonValueKind.Object)
                lost.Add($"person {person} was acknowledged but is missing");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Killed {victim.Name} at {killedAt.TotalSeconds:0.0} s; {totalAcknowledged} events acknowledged ({acknowledged.Count} pods), {totalApplied} applied, " +
            $"{attempted.Values.Sum()} attempted; {people.Count} people acknowledged; lost: {lost.Count}; every pod served again {allServed.TotalSeconds:0.0} s after the kill; " +
            $"ETag conflicts logged by the survivors: {etagConflicts}; pods read differently by the survivors: {disagreeing.Count}."));
        Assert.True(lost.Count == 0, string.Join("\n", lost));
        Assert.True(disagreeing.Count == 0, "Survivors disagree on pods' counts (two activations?): " + string.Join("; ", disagreeing));
        Assert.Equal(0, refusedAfterAck);
        Assert.True(totalAcknowledged > 0, "No write was acknowledged: the load did not run.");
    }

    /// <summary>Runs a set-up operation until it is answered. A create retried after an attempt that
    /// timed out on a busy machine may find the unit that attempt created: that is its success.</summary>
    private static async Task<JsonElement> MustAsync(ServerProcess server, string query)
    {
        for (int attempt = 0; ; attempt++)
        {
            var result = await server.TryPostAsync(query);
            if (result is { } r && !r.TryGetProperty("errors", out _))
            {
                var data = r.GetProperty("data");
                foreach (var field in data.EnumerateObject())
                {
                    if (field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("userErrors", out var errors) && errors.GetArrayLength() > 0
                        && !(attempt > 0 && errors.EnumerateArray().All(e => e.GetProperty("code").GetString() == "ALREADY_EXISTS")))
                        throw new InvalidOperationException($"{server.Name} refused {query}: {errors}");
                }
                return data;
            }
            if (attempt == 20)
                throw new InvalidOperationException($"{server.Name} did not answer {query}: {result}\n{server.Log}");
            await Task.Delay(250);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
        {
            output.WriteLine($"--- {server.Name} log (tail) ---\n{Tail(server.Log)}");
            await server.DisposeAsync();
        }
        await _azurite.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int CountOf(string text, string word)
    {
        int count = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string Tail(string log) => log.Length <= 8000 ? log : log[^8000..];
}
