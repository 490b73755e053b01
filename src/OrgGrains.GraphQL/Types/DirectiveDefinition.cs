using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Types;

/// <summary>§3.13 A directive the schema defines: where it may appear, its arguments, whether it is repeatable.</summary>
public sealed class DirectiveDefinition
{
    internal DirectiveDefinition(
        string name,
        string? description,
        IReadOnlyList<DirectiveLocation> locations,
        NamedCollection<ArgumentDefinition> arguments,
        bool isRepeatable)
    {
        Name = name;
        Description = description;
        Locations = locations;
        Arguments = arguments;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public NamedCollection<ArgumentDefinition> Arguments { get; }

    public bool IsRepeatable { get; }

    /// <summary>graphql-js 16's experimental directive deprecation; SDL cannot set it yet, so it is null for SDL directives.</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    /// <summary>The locations as introspection names them, computed once.</summary>
    internal string[]? LocationNames { get; set; }

    public bool HasLocation(DirectiveLocation location)
    {
        foreach (var l in Locations)
        {
            if (l == location)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => "@" + Name;
}
