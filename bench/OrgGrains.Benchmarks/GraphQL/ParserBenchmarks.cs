using BenchmarkDotNet.Attributes;
using OrgGrains.GraphQL.Language;

namespace OrgGrains.Benchmarks.GraphQL;

/// <summary>
/// Lexing and parsing of the benchmark documents (Documents/): a 3-field query, a fragment-heavy
/// query and the full introspection query.
/// The baseline is the lexer alone over the same text, so the ratio shows what building the AST
/// costs on top of reading the tokens.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _text = "";

    [Params("ThreeFields", "FragmentHeavy", "Introspection")]
    public string Document { get; set; } = "ThreeFields";

    [GlobalSetup]
    public void Setup() => _text = BenchmarkDocuments.Read(Document switch
    {
        "ThreeFields" => "three-fields.graphql",
        "FragmentHeavy" => "fragments.graphql",
        _ => "introspection.graphql",
    });

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
