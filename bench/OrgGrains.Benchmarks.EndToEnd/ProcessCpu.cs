using System.Globalization;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>A process's CPU time, from /proc (Linux): how busy the server's core was in the measured
/// window says whether its CPU was the limit; the driver's own says whether the driver was. Several
/// processes (a cluster's servers) are added up.</summary>
internal sealed class ProcessCpu(IReadOnlyList<int> pids)
{
    /// <summary>Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    private double _start, _end;
    private DateTime _startedAt, _endedAt;

    public void MarkStart() => (_start, _startedAt) = (Seconds(), DateTime.UtcNow);

    public void MarkEnd() => (_end, _endedAt) = (Seconds(), DateTime.UtcNow);

    public bool Measured => _endedAt > _startedAt;

    /// <summary>Share of one core the server used between the marks.</summary>
    public double Utilisation => (_end - _start) / (_endedAt - _startedAt).TotalSeconds;

    public ProcessCpu(int pid) : this([pid])
    {
    }

    private double Seconds() => pids.Sum(Seconds);

    private static double Seconds(int pid)
    {
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the line.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
