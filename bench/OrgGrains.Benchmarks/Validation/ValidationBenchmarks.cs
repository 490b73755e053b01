using BenchmarkDotNet.Attributes;
using OrgGrains.GraphQL;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;

namespace OrgGrains.Benchmarks.Validation;

/// <summary>
/// §5 validation with every specified rule, of a parsed document: a 3-field query, a fragment-heavy
/// query and the full introspection query. Parsing is not measured. graphql-js's <c>validate</c> of
/// the same documents is measured by validation-graphql-js.mjs beside this class.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private GraphQLSchema _schema = null!;
    private DocumentNode _threeFields = null!;
    private DocumentNode _fragments = null!;
    private DocumentNode _introspection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = SchemaBuilder.BuildSchema(ValidationDocuments.Schema);
        _threeFields = Parser.Parse(ValidationDocuments.ThreeFields);
        _fragments = Parser.Parse(ValidationDocuments.Fragments);
        _introspection = Parser.Parse(ValidationDocuments.Introspection);
        foreach (var document in new[] { _threeFields, _fragments, _introspection })
        {
            if (DocumentValidator.Validate(_schema, document).Count != 0)
            {
                throw new InvalidOperationException("A benchmark document is invalid.");
            }
        }
    }

    [Benchmark]
    public IReadOnlyList<GraphQLError> ThreeFieldQuery() => DocumentValidator.Validate(_schema, _threeFields);

    [Benchmark]
    public IReadOnlyList<GraphQLError> FragmentHeavyQuery() => DocumentValidator.Validate(_schema, _fragments);

    [Benchmark]
    public IReadOnlyList<GraphQLError> IntrospectionQuery() => DocumentValidator.Validate(_schema, _introspection);
}
