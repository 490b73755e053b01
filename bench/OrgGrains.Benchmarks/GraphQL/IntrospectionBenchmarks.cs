using BenchmarkDotNet.Attributes;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.Benchmarks.GraphQL;

/// <summary>
/// graphql-js's full introspection query executed through <see cref="GraphQLExecutor"/> (document
/// cache hit), twice: as a server runs it by default, where later requests of the document reuse the
/// variable-free <c>__schema</c> result (baseline), and fresh, with that reuse switched off, so the
/// whole result tree is completed again (what the ≤ 40 KB target is about).
/// </summary>
[MemoryDiagnoser]
public class IntrospectionBenchmarks
{
    private GraphQLExecutor _reusing = null!;
    private GraphQLExecutor _fresh = null!;
    private GraphQLRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schema = SchemaBuilder.BuildSchema(BenchmarkDocuments.Read("schema.graphql"));
        _reusing = new GraphQLExecutor(schema);
        _fresh = new GraphQLExecutor(schema, new GraphQLExecutorOptions { ReuseIntrospectionResults = false });
        _request = new GraphQLRequest { Query = BenchmarkDocuments.Read("introspection.graphql") };
        foreach (var executor in new[] { _reusing, _fresh })
        {
            var result = executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();
            if (result.Errors is { Count: > 0 } || !result.HasData)
                throw new InvalidOperationException($"The introspection document does not run cleanly: {result.ToJson()}");
        }
    }

    [Benchmark(Baseline = true)]
    public ValueTask<ExecutionResult> Reused() => _reusing.ExecuteAsync(_request);

    [Benchmark]
    public ValueTask<ExecutionResult> Fresh() => _fresh.ExecuteAsync(_request);
}
