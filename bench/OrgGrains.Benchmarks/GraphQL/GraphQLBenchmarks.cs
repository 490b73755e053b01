using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;

namespace OrgGrains.Benchmarks.GraphQL;

/// <summary>
/// Parse, validate and execute for three documents — a 3-field query, a fragment-heavy query and
/// graphql-js's full introspection query — over the schema and root value in Documents/. The same
/// files drive bench/graphql-js/bench.mjs, so bench/run-graphql-bench.sh puts graphql-js's
/// operations/s beside these numbers from the same run.
/// Execute goes through <see cref="GraphQLExecutor"/> as a server does: the document's text hits the
/// parse-and-validate cache, so it measures operation selection, variable coercion and execution
/// (graphql-js's execute() over an already parsed and validated document is its counterpart).
/// The root value is plain dictionaries and lists, read by the default field resolver.
/// ExecuteFresh is Execute with <see cref="GraphQLExecutorOptions.ReuseIntrospectionResults"/> off:
/// the same for the queries, but the introspection query's result tree is completed again on every
/// request instead of reused from the cached document (what the ≤ 40 KB target is about).
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private GraphQLSchema _schema = null!;
    private GraphQLExecutor _executor = null!;
    private GraphQLExecutor _fresh = null!;
    private string _text = null!;
    private DocumentNode _document = null!;
    private GraphQLRequest _request = null!;

    [Params("three-fields", "fragments", "introspection")]
    public string Document { get; set; } = "three-fields";

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.BuildSchema(BenchmarkDocuments.Read("schema.graphql"));
        _executor = new GraphQLExecutor(_schema);
        _fresh = new GraphQLExecutor(_schema, new GraphQLExecutorOptions { ReuseIntrospectionResults = false });
        _text = BenchmarkDocuments.Read(Document + ".graphql");
        _document = Parser.Parse(_text);
        var root = Plain(JsonDocument.Parse(BenchmarkDocuments.Read("root-value.json")).RootElement);
        _request = new GraphQLRequest { Query = _text, RootValue = root };

        var errors = DocumentValidator.Validate(_schema, _document);
        foreach (var executor in new[] { _executor, _fresh })
        {
            var result = executor.ExecuteAsync(_request).AsTask().GetAwaiter().GetResult();
            if (errors.Count > 0 || result.Errors is { Count: > 0 } || !result.HasData)
                throw new InvalidOperationException($"The {Document} document does not run cleanly: {result.ToJson()}");
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text);

    [Benchmark]
    public IReadOnlyList<OrgGrains.GraphQL.GraphQLError> Validate() => DocumentValidator.Validate(_schema, _document);

    [Benchmark]
    public ValueTask<ExecutionResult> Execute() => _executor.ExecuteAsync(_request);

    [Benchmark]
    public ValueTask<ExecutionResult> ExecuteFresh() => _fresh.ExecuteAsync(_request);

    /// <summary>JSON as the plain CLR values a resolver would hand back (as graphql-js gets plain JS objects).</summary>
    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
