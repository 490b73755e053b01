using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>What a field of unit type resolves to: the unit's reference, plus what is already at
/// hand (its directory summary from a list, its view from a lookup or a mutation) so resolvers do
/// not ask the grain again. Everything else is loaded through the request's DataLoaders.</summary>
internal sealed record UnitNode(UnitRef Ref, UnitSummary? Summary = null, object? View = null)
{
    /// <summary>The GraphQL object type of a unit kind.</summary>
    public static string TypeName(UnitKind kind) => kind switch
    {
        UnitKind.SteeringGroup => "Organisation",
        _ => kind.ToString(),
    };

    public static UnitNode Organisation { get; } = new(new UnitRef(UnitKind.SteeringGroup, Model.Organisation.Id));
}
