using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>§7.1.2 The <c>locations</c> of an error: where each of the given nodes starts.</summary>
public static class Locations
{
    public static IReadOnlyList<SourceLocation>? Of(params ReadOnlySpan<AstNode?> nodes)
    {
        List<SourceLocation>? list = null;
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                (list ??= []).Add(location.StartLocation);
            }
        }

        return list;
    }

    public static IReadOnlyList<SourceLocation>? Of<T>(IReadOnlyList<T> nodes)
        where T : AstNode
    {
        List<SourceLocation>? list = null;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                (list ??= []).Add(location.StartLocation);
            }
        }

        return list;
    }
}
