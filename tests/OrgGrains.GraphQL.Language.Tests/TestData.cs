namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>The kitchen-sink documents (after graphql-js's) and graphql-js's print() of each.</summary>
internal static class TestData
{
    public static string KitchenSink => Read("KitchenSink.graphql");

    public static string KitchenSinkPrinted => Read("KitchenSink.printed.graphql");

    public static string SchemaKitchenSink => Read("SchemaKitchenSink.graphql");

    public static string SchemaKitchenSinkPrinted => Read("SchemaKitchenSink.printed.graphql");

    /// <summary>graphql-js's visit() of the kitchen sink: "enter|leave Kind key path nearestAncestorKind" per line.</summary>
    public static string KitchenSinkVisited => Read("KitchenSink.visited.txt");

    public static string SchemaKitchenSinkVisited => Read("SchemaKitchenSink.visited.txt");

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
