
namespace OrgGrains.Model;

internal static class UnitGrains
{
    /// <summary>The grain of a unit that can be an end of a dependency.</summary>
    public static IOrgUnitGrain GetUnit(this IGrainFactory factory, UnitRef unit) => unit.Kind switch
    {
        UnitKind.Person => factory.GetGrain<IPersonGrain>(unit.Id),
        UnitKind.Pod => factory.GetGrain<IPodGrain>(unit.Id),
        UnitKind.Domain => factory.GetGrain<IDomainGrain>(unit.Id),
        UnitKind.CapabilityNetwork => factory.GetGrain<ICapabilityNetworkGrain>(unit.Id),
        UnitKind.InnovationLab => factory.GetGrain<IInnovationLabGrain>(unit.Id),
        UnitKind.SteeringGroup => factory.GetGrain<ISteeringGroupGrain>(unit.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit.Kind, "Dependencies connect people, pods, domains, networks, labs and the steering group."),
    };

    public static IUnitDirectoryGrain Directory(this IGrainFactory factory, UnitKind kind) => factory.GetGrain<IUnitDirectoryGrain>(kind.ToString());

    public static ISteeringGroupGrain SteeringGroup(this IGrainFactory factory) => factory.GetGrain<ISteeringGroupGrain>(Organisation.Id);

    public static IDependencyGraphGrain DependencyGraph(this IGrainFactory factory) => factory.GetGrain<IDependencyGraphGrain>(Organisation.Id);
}
