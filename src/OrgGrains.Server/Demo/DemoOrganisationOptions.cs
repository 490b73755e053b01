namespace OrgGrains.Server.Demo;

/// <summary>Which demo organisation the server loads on its first start (section "Demo").</summary>
public sealed class DemoOrganisationOptions
{
    public const string SectionName = "Demo";

    /// <summary>None, Small (about 200 people, the default) or Large (100,000 people).</summary>
    public DemoOrganisationSize Size { get; set; } = DemoOrganisationSize.Small;

    /// <summary>The generator's seed: the same seed gives the same organisation.</summary>
    public int Seed { get; set; } = 2026;

    /// <summary>Overrides of the size's counts (e.g. <c>Demo:People=10000</c> with <c>Demo:Size=Large</c>),
    /// for an organisation in between: the portal's timing test loads one.</summary>
    public int? People { get; set; }

    public int? Pods { get; set; }

    public int? Domains { get; set; }

    public int? Networks { get; set; }

    public int? Labs { get; set; }

    public int? Dependencies { get; set; }
}

public enum DemoOrganisationSize
{
    None,
    Small,
    Large,
}
