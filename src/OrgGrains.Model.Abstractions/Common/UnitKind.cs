namespace OrgGrains.Model;

/// <summary>The kinds of unit the organisation model holds; each is a grain.</summary>
public enum UnitKind
{
    Person,
    Pod,
    Domain,
    CapabilityNetwork,
    InnovationLab,
    SteeringGroup,
    Dependency,
}

/// <summary>A reference to one unit of the organisation: its kind and its id.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UnitRef")]
public readonly record struct UnitRef(UnitKind Kind, string Id)
{
    public override string ToString() => $"{Kind}:{Id}";

    public static UnitRef Person(string id) => new(UnitKind.Person, id);
    public static UnitRef Pod(string id) => new(UnitKind.Pod, id);
    public static UnitRef Domain(string id) => new(UnitKind.Domain, id);
    public static UnitRef Network(string id) => new(UnitKind.CapabilityNetwork, id);
    public static UnitRef Lab(string id) => new(UnitKind.InnovationLab, id);
}
