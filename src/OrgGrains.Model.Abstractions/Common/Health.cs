namespace OrgGrains.Model;

/// <summary>A traffic-light reading of a pod or domain, derived from its alerts.</summary>
public enum Health
{
    Green,
    Amber,
    Red,
}
