using System.Globalization;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>What the driver sends and for how long. Rates are arrivals per second of a fixed
/// schedule (open loop): they do not slow down when the server does.</summary>
internal sealed record LoadOptions
{
    /// <summary>The GraphQL endpoints, one per server; requests go to them in turn (a cluster's silos
    /// each co-host the endpoint, and any answers any request).</summary>
    public required IReadOnlyList<Uri> Endpoints { get; init; }
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(15);
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);
    public double PodRate { get; init; } = 400;
    public double DomainRate { get; init; } = 100;
    public double OrgRate { get; init; } = 200;
    public double GraphRate { get; init; } = 5;
    public double EventsPerSecond { get; init; } = 5_000;
    public int BatchSize { get; init; } = 50;

    /// <summary>Requests in flight at which the server is taken to have fallen hopelessly behind:
    /// the run stops instead of queueing without bound.</summary>
    public int MaxOutstanding { get; init; } = 5_000;

    public int Seed { get; init; } = 2026;

    /// <summary>After the mixed run, each kind alone for this long (at its own rate), to measure what
    /// one request of it costs the server in CPU. Needs <see cref="ServerPids"/>; 0 skips it.</summary>
    public TimeSpan SoloDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The servers' process ids, to report their CPU use in the measured window (same machine
    /// only); several servers' CPU is added up.</summary>
    public IReadOnlyList<int> ServerPids { get; init; } = [];

    public const string Usage = """
        Usage: OrgGrains.Benchmarks.EndToEnd --url http://127.0.0.1:PORT/graphql [--url ...] [options]
          --url URL               a GraphQL endpoint; repeat it for a cluster's servers (used in turn)
          --warmup SECONDS        load not counted, before the measured run   (default 15)
          --duration SECONDS      measured run                                (default 60)
          --pod-rate N            pod by id queries per second                (default 400)
          --domain-rate N         domain-with-pods queries per second         (default 100)
          --org-rate N            org-wide state queries per second           (default 200)
          --graph-rate N          dependency graph (depth 2) queries per second (default 5)
          --events N              events recorded per second                  (default 5000)
          --batch N               events per recordPodEvents mutation, 1-500  (default 50)
          --max-outstanding N     requests in flight that abort the run       (default 5000)
          --seed N                random choice of pods, domains and roots    (default 2026)
          --server-pid N          report that process's CPU use in the measured window (repeatable: summed)
          --solo SECONDS          with --server-pid: then each kind alone, for its CPU cost (default 10; 0 skips)
        A rate of 0 leaves that kind out.
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var endpoints = new List<Uri>();
        var pids = new List<int>();
        var options = new LoadOptions { Endpoints = endpoints, ServerPids = pids };
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (i + 1 >= args.Count)
                throw new ArgumentException($"{name} needs a value.");
            string value = args[++i];
            options = name switch
            {
                "--url" => Add(endpoints, ParseUrl(value)),
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number(name, value, 0)) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number(name, value, 1)) },
                "--pod-rate" => options with { PodRate = Number(name, value, 0) },
                "--domain-rate" => options with { DomainRate = Number(name, value, 0) },
                "--org-rate" => options with { OrgRate = Number(name, value, 0) },
                "--graph-rate" => options with { GraphRate = Number(name, value, 0) },
                "--events" => options with { EventsPerSecond = Number(name, value, 0) },
                "--batch" => options with { BatchSize = (int)Number(name, value, 1, 500, whole: true) },
                "--max-outstanding" => options with { MaxOutstanding = (int)Number(name, value, 1, whole: true) },
                "--seed" => options with { Seed = (int)Number(name, value, 0, int.MaxValue, whole: true) },
                "--solo" => options with { SoloDuration = TimeSpan.FromSeconds(Number(name, value, 0)) },
                "--server-pid" => Add(pids, ServerProcess(value)),
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        if (endpoints.Count == 0)
            throw new ArgumentException("--url is required.");
        return options;

        LoadOptions Add<T>(List<T> list, T item)
        {
            list.Add(item);
            return options;
        }
    }

    private static Uri ParseUrl(string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"--url '{value}' is not an http(s) URL.");

    private static int ServerProcess(string value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && File.Exists($"/proc/{pid}/stat")
            ? pid
            : throw new ArgumentException($"--server-pid {value} is not a running process on this machine.");

    private static double Number(string name, string value, double min, double max = 1e9, bool whole = false)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || !double.IsFinite(n))
            throw new ArgumentException($"{name} '{value}' is not a number.");
        if (n < min || n > max || (whole && n != Math.Floor(n)))
            throw new ArgumentException($"{name} {value} must be a{(whole ? " whole" : "")} number from {min} to {max}.");
        return n;
    }
}
