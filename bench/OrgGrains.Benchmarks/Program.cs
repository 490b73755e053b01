using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `dotnet run -c Release --project bench/OrgGrains.Benchmarks -- --filter '*GrainCall*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
