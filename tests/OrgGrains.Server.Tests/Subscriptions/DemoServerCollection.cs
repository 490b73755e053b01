namespace OrgGrains.Server.Tests.Subscriptions;

/// <summary>The test classes that share one demo server (each creates its own units).</summary>
[CollectionDefinition(Name)]
public sealed class DemoServerCollection : ICollectionFixture<DemoServerFixture>
{
    public const string Name = "demo server";
}
