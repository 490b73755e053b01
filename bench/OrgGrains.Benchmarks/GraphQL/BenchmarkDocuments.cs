namespace OrgGrains.Benchmarks.GraphQL;

/// <summary>The GraphQL benchmark documents in Documents/ (embedded), shared by every GraphQL
/// benchmark and read by bench/graphql-js/bench.mjs, so both sides measure the same text.</summary>
internal static class BenchmarkDocuments
{
    public static string Read(string name)
    {
        using var stream = typeof(BenchmarkDocuments).Assembly.GetManifestResourceStream($"GraphQL.Documents.{name}")
            ?? throw new InvalidOperationException($"Missing embedded benchmark document {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
