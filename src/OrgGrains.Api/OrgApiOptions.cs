namespace OrgGrains.Api;

/// <summary>Options of the OrgGrains GraphQL API.</summary>
public sealed class OrgApiOptions
{
    /// <summary>Page size of a connection when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>The largest <c>first</c>/<c>last</c> a connection accepts (the directories return at most 500).</summary>
    public int MaxPageSize { get; set; } = 500;
}
