using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project bench/OrgGrains.Benchmarks -- --filter '*GrainCall*'`.
// Load drivers (one-shot measurements) run by name, e.g. `-- model-load large`.
if (args is ["model-load", ..])
{
    await OrgGrains.Benchmarks.Model.ModelLoadDriver.RunAsync(args[1..]);
    return;
}

if (args is ["http-cpu", ..])
{
    await OrgGrains.Benchmarks.Http.HttpCpuDriver.RunAsync(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
