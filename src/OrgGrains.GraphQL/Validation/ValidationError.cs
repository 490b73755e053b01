using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5 A validation error: graphql-js's message and locations, and the address of the rule of the
/// specification that the document breaks.
/// </summary>
public sealed class ValidationError : GraphQLError
{
    public ValidationError(string message, IReadOnlyList<SourceLocation>? locations, string? specifiedBy)
        : base(message, locations)
    {
        SpecifiedBy = specifiedBy;
    }

    /// <summary>The rule's section of the specification, e.g. <c>https://spec.graphql.org/draft/#sec-Leaf-Field-Selections</c>;
    /// null for the errors that end validation early (too many errors, too much work).</summary>
    public string? SpecifiedBy { get; }
}
