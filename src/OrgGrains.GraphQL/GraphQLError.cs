using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL;

/// <summary>
/// §7.1.2 An error in a GraphQL response: a message, where in the document it arose, where in the
/// response it belongs, and machine-readable extensions (<c>extensions.code</c>). Thrown by resolvers,
/// scalars and the engine, and collected into <see cref="Execution.ExecutionResult.Errors"/>.
/// </summary>
public class GraphQLError : Exception
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Locations = locations;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Creates an error whose <c>extensions.code</c> is <paramref name="code"/>.</summary>
    public GraphQLError(string message, string code, IReadOnlyList<SourceLocation>? locations = null)
        : this(message, locations, null, new Dictionary<string, object?> { ["code"] = code })
    {
    }

    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The value of <c>extensions.code</c>, when there is one.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;

    /// <summary>A copy placed at <paramref name="locations"/> and <paramref name="path"/> (keeps message, extensions, cause).</summary>
    public GraphQLError WithLocation(IReadOnlyList<SourceLocation>? locations, IReadOnlyList<object>? path) =>
        new(Message, locations ?? Locations, path ?? Path, Extensions, InnerException);

    public override string ToString() => Message;
}
