namespace OrgGrains.Model;

/// <summary>One silo holds one organisation; its steering group and graph index use this key.</summary>
public static class Organisation
{
    public const string Id = "org";
}
