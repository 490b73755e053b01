using OrgGrains.Persistence.Sqlite;
using OrgGrains.Runtime;

// Usage: CrashWriter <database path> <writers> <Normal|Full>
// Each writer owns one grain ("crash-<n>") and writes its counter 1, 2, 3, ... for ever; after
// each acknowledged write it prints "ack <writer> <counter>". The parent kills this process with
// SIGKILL at some point and checks that every printed counter is in the database.
var path = args[0];
var writers = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var synchronous = Enum.Parse<SqliteSynchronousMode>(args[2]);

var storage = new SqliteGrainStorage("Crash", new SqliteGrainStorageOptions { DatabasePath = path, Synchronous = synchronous }, new JsonGrainStorageSerializer());
Console.WriteLine("ready");

await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
{
    var grain = new GrainId("OrgGrains.Tests.ICrashGrain", $"crash-{writer}");
    var state = new CrashState(new Counter(0));
    for (var counter = 1L; ; counter++)
    {
        state.State = new Counter(counter);
        await storage.WriteStateAsync("counter", grain, state);
        Console.WriteLine($"ack {writer} {counter}");
    }
})));

internal sealed record Counter(long Value);

internal sealed class CrashState(Counter initial) : IGrainState<Counter>
{
    public Counter State { get; set; } = initial;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
