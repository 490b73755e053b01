namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>
/// Each kind of request alone, at its own rate, beside the server idling before the mixed run: a
/// kind's CPU per request is its run's CPU above that baseline ÷ its rate. On one core the mixed load
/// keeps the server as busy as the sum of rate × CPU per request. Each run starts once the server has
/// gone quiet: after a load it spends some seconds catching up (write-behind, collections), which
/// would otherwise be charged to the next kind.
/// </summary>
internal sealed class KindCosts(LoadOptions options, IReadOnlyList<int> serverPids)
{
    private static readonly TimeSpan SoloWarmup = TimeSpan.FromSeconds(2);
    private const double QuietUtilisation = 0.05;

    public ProcessCpu Idle { get; } = new(serverPids);

    public List<(OpenLoopDriver Driver, ProcessCpu Cpu)> Runs { get; } = [];

    public async Task MeasureIdleAsync()
    {
        await WaitForQuietAsync();
        Idle.MarkStart();
        await Task.Delay(options.SoloDuration);
        Idle.MarkEnd();
    }

    /// <summary>Returns the first failure, or null.</summary>
    public async Task<string?> RunEachAloneAsync(IEnumerable<RequestKind> kinds)
    {
        foreach (var kind in kinds)
        {
            await WaitForQuietAsync();
            var cpu = new ProcessCpu(serverPids);
            var alone = new OpenLoopDriver([kind], SoloWarmup, options.SoloDuration, options.MaxOutstanding, cpu);
            await alone.RunAsync();
            if (alone.Failure is { } failure)
                return failure;
            Runs.Add((alone, cpu));
        }
        return null;
    }

    /// <summary>Waits (at most 90 s) for three seconds in a row in which the server used under 5 % of
    /// its core: its catching up after a load comes in bursts.</summary>
    private async Task WaitForQuietAsync()
    {
        int quiet = 0;
        for (int second = 0; second < 90 && quiet < 3; second++)
        {
            var cpu = new ProcessCpu(serverPids);
            cpu.MarkStart();
            await Task.Delay(1000);
            cpu.MarkEnd();
            quiet = cpu.Utilisation < QuietUtilisation ? quiet + 1 : 0;
        }
    }
}
