namespace OrgGrains.GraphQL.Language;

/// <summary>OperationType : one of <c>query</c> <c>mutation</c> <c>subscription</c> (§2.4).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public static class OperationTypeExtensions
{
    /// <summary>The keyword as written in a document: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string ToKeyword(this OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };
}
