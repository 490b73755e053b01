namespace OrgGrains.Model;

/// <summary>A pod's lifecycle. Allowed edges: Forming → Active, Forming → Archived (abandoned
/// before it started), Active → Sunsetting, Sunsetting → Active (reprieve), Sunsetting → Archived.
/// Archived is final.</summary>
public enum PodLifecycle
{
    Forming,
    Active,
    Sunsetting,
    Archived,
}
