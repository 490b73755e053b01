namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>The kitchen-sink documents (after graphql-js's) and graphql-js's print() of each.</summary>
internal static class TestData
{
    public static string KitchenSink => Read("KitchenSink.graphql");

    public static string KitchenSinkPrinted => Read("KitchenSink.printed.graphql");

    public static string SchemaKitchenSink => Read("SchemaKitchenSink.graphql");

    public static string SchemaKitchenSinkPrinted => Read("SchemaKitchenSink.printed.graphql");

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));
}
