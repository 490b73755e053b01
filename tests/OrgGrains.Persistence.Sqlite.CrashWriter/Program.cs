using Orleans;
using Orleans.Runtime;
using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Persistence.Sqlite;

// Usage: CrashWriter <database path> <writers> <Normal|Full>
// Each writer owns one grain ("crash/crash-<n>") and writes its counter 1, 2, 3, ... for ever; after
// each acknowledged write it prints "ack <writer> <counter>". The parent kills this process with
// SIGKILL at some point and checks that every printed counter is in the database.
var path = args[0];
var writers = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var synchronous = Enum.Parse<SqliteSynchronousMode>(args[2]);

var storage = new SqliteGrainStorage("Crash", new SqliteGrainStorageOptions
{
    DatabasePath = path,
    Synchronous = synchronous,
    GrainStorageSerializer = new WebJsonGrainStorageSerializer(),
});
Console.WriteLine("ready");

await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
{
    var grain = GrainId.Create("crash", $"crash-{writer}");
    var state = new GrainState<Counter>(new Counter(0));
    for (var counter = 1L; ; counter++)
    {
        state.State = new Counter(counter);
        await storage.WriteStateAsync("counter", grain, state);
        Console.WriteLine($"ack {writer} {counter}");
    }
})));

internal sealed record Counter(long Value);
