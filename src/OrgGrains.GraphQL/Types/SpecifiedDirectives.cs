namespace OrgGrains.GraphQL.Types;

/// <summary>§3.13 The directives every schema has: @include, @skip, @deprecated, @specifiedBy, @oneOf.</summary>
public static class SpecifiedDirectives
{
    public static DirectiveDefinition Include => BuiltIns.Instance.Include;

    public static DirectiveDefinition Skip => BuiltIns.Instance.Skip;

    public static DirectiveDefinition Deprecated => BuiltIns.Instance.Deprecated;

    public static DirectiveDefinition SpecifiedBy => BuiltIns.Instance.SpecifiedBy;

    public static DirectiveDefinition OneOf => BuiltIns.Instance.OneOf;

    public static IReadOnlyList<DirectiveDefinition> All => BuiltIns.Instance.Directives;

    public static bool IsSpecified(DirectiveDefinition directive)
    {
        foreach (var d in All)
        {
            if (d.Name == directive.Name)
            {
                return true;
            }
        }

        return false;
    }
}
