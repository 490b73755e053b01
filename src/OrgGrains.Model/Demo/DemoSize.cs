namespace OrgGrains.Model.Demo;

/// <summary>How big a demo organisation is.</summary>
public sealed record DemoSize(
    int People,
    int Pods,
    int Domains,
    int Networks,
    int Labs,
    int Dependencies,
    int EventDays)
{
    /// <summary>About 200 people in 20 pods: for the portal demo and tests.</summary>
    public static readonly DemoSize Small = new(People: 200, Pods: 20, Domains: 4, Networks: 6, Labs: 2, Dependencies: 40, EventDays: 42);

    /// <summary>The enterprise the product is designed for.</summary>
    public static readonly DemoSize Large = new(People: 100_000, Pods: 10_000, Domains: 500, Networks: 200, Labs: 100, Dependencies: 50_000, EventDays: 42);
}
