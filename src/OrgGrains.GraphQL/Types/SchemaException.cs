namespace OrgGrains.GraphQL.Types;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> when the SDL or the schema it describes is invalid (§3).</summary>
public sealed class SchemaException(IReadOnlyList<GraphQLError> errors)
    : Exception("Invalid schema:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e.Message)))
{
    public IReadOnlyList<GraphQLError> Errors { get; } = errors;
}
