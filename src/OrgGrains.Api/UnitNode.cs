using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>What a field of unit type resolves to: the unit's reference, plus what is already at
/// hand (its name from a directory list or a pod's member list, its view from a lookup or a
/// mutation) so resolvers do not ask again. Everything else loads through the request's DataLoaders.</summary>
internal sealed record UnitNode(UnitRef Ref, string? Name = null, object? View = null)
{
    /// <summary>The GraphQL object type of a unit kind.</summary>
    public static string TypeName(UnitKind kind) => kind switch
    {
        UnitKind.SteeringGroup => "Organisation",
        _ => kind.ToString(),
    };

    public static UnitNode Organisation { get; } = new(new UnitRef(UnitKind.SteeringGroup, Model.Organisation.Id));
}
