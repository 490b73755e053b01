namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>Where the conformance inputs live in the repository (the test reads them in place).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ConformanceDirectory => Path.Combine(Root, "tests", "OrgGrains.GraphQL.Tests", "Conformance");

    public static string CasesDirectory => Path.Combine(ConformanceDirectory, "Cases");

    public static string Oracle => Path.Combine(ConformanceDirectory, "oracle.mjs");

    public static string NodeTools => Path.Combine(Root, "tests", "node");

    public static string Departures => Path.Combine(Root, "docs", "graphql-conformance.md");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OrgGrains.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No OrgGrains.sln above {AppContext.BaseDirectory}: the conformance test reads its cases from the repository.");
    }
}
