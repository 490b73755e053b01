using BenchmarkDotNet.Attributes;
using OrgGrains.GraphQL.Language;

namespace OrgGrains.Benchmarks.GraphQL;

/// <summary>
/// Lexing and parsing of a 3-field query, a fragment-heavy query and the full introspection query.
/// The baseline is the lexer alone over the same text, so the ratio shows what building the AST
/// costs on top of reading the tokens.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private const string ThreeFields = "{ pod(id: \"p1\") { name lead { name } } }";

    private const string FragmentHeavy = """
        query PodOverview($id: ID!, $first: Int = 10) {
          pod(id: $id) {
            ...PodCard
            domain { ...DomainCard capabilities(first: $first) { ...CapabilityCard } }
            members(first: $first) { ...PersonCard manager { ...PersonCard } }
            dependencies { ... on PodDependency { pod { ...PodCard } } ... on ServiceDependency { name sla } }
          }
        }
        fragment PodCard on Pod { id name mission lead { ...PersonCard } }
        fragment PersonCard on Person { id name email role @include(if: true) }
        fragment DomainCard on Domain { id name steward { ...PersonCard } }
        fragment CapabilityCard on Capability { id name maturity owner { ...PodCard } }
        """;

    // graphql-js getIntrospectionQuery() with every option on.
    private const string Introspection = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }
        }
        """;

    private string _text = ThreeFields;

    [Params("ThreeFields", "FragmentHeavy", "Introspection")]
    public string Document { get; set; } = "ThreeFields";

    [GlobalSetup]
    public void Setup() => _text = Document switch
    {
        "ThreeFields" => ThreeFields,
        "FragmentHeavy" => FragmentHeavy,
        _ => Introspection,
    };

    [Benchmark(Baseline = true)]
    public int Lex()
    {
        var lexer = new Lexer(new Source(_text));
        var count = 0;
        while (lexer.Advance().Kind != TokenKind.EndOfFile)
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text);
}
