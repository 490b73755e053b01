using System.Diagnostics;

namespace OrgGrains.Benchmarks.Http;

/// <summary>
/// <c>-- http-cpu [requests]</c>: the <see cref="HttpRequestBenchmarks"/> cases run back to back on one
/// thread, reporting CPU time (not wall time) and bytes allocated per request. CPU time barely moves when
/// other processes share the machine, where BenchmarkDotNet's wall-clock times do.
/// </summary>
internal static class HttpCpuDriver
{
    public static async Task RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var benchmarks = new HttpRequestBenchmarks();
        await benchmarks.SetupAsync();
        (string Name, Func<Task<int>> Run)[] cases =
        [
            ("POST /graphql (MapGraphQL, in-process)", benchmarks.GraphQLOverHttp),
            ("execute + write JSON (no transport)", benchmarks.ExecuteAndWrite),
            ("pipeline floor (same bytes, no GraphQL)", benchmarks.PipelineFloor),
        ];

        // Warm up every case past tiered compilation's promotion to optimized code.
        for (var round = 0; round < 3; round++)
        {
            foreach (var (_, run) in cases)
            {
                for (var i = 0; i < requests / 4; i++)
                {
                    await run();
                }
            }

            await Task.Delay(200);
        }

        // Rounds interleave the cases; the fastest round of each is reported (other processes only add time).
        const int Rounds = 7;
        var cpuPerRequest = new double[cases.Length];
        var bytesPerRequest = new long[cases.Length];
        Array.Fill(cpuPerRequest, double.MaxValue);
        var perRound = Math.Max(1, requests / Rounds);
        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                GC.Collect();
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                for (var i = 0; i < perRound; i++)
                {
                    await cases[c].Run();
                }

                bytesPerRequest[c] = (GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / perRound;
                process.Refresh();
                cpuPerRequest[c] = Math.Min(cpuPerRequest[c], (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / perRound);
            }
        }

        Console.WriteLine($"{Rounds} rounds of {perRound} requests per case; CPU time of the whole process (all threads) per request, fastest round.");
        Console.WriteLine("| Case | CPU µs/request | Allocated B/request |");
        Console.WriteLine("|---|---:|---:|");
        for (var c = 0; c < cases.Length; c++)
        {
            Console.WriteLine($"| {cases[c].Name} | {cpuPerRequest[c]:F1} | {bytesPerRequest[c]:N0} |");
        }

        await benchmarks.CleanupAsync();
    }
}
