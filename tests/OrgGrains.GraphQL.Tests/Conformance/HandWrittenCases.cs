using OrgGrains.GraphQL.Conformance;

namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>The hand-written cases: JSON lines under Cases/, one file per spec area or validation rule.</summary>
internal static class HandWrittenCases
{
    public static IReadOnlyList<ConformanceCase> Load()
    {
        var cases = new List<ConformanceCase>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.CasesDirectory, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    cases.Add(ConformanceCase.Parse(line));
                }
                catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
                {
                    throw new FormatException($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{lineNumber}: {e.Message}", e);
                }
            }
        }
        var duplicate = cases.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new FormatException($"Case id {duplicate.Key} appears {duplicate.Count()} times.");
        return cases;
    }
}
