namespace OrgGrains.Server.Demo;

/// <summary>Which demo organisation the server loads on its first start (section "Demo").</summary>
public sealed class DemoOrganisationOptions
{
    public const string SectionName = "Demo";

    /// <summary>None, Small (about 200 people, the default) or Large (100,000 people).</summary>
    public DemoOrganisationSize Size { get; set; } = DemoOrganisationSize.Small;

    /// <summary>The generator's seed: the same seed gives the same organisation.</summary>
    public int Seed { get; set; } = 2026;
}

public enum DemoOrganisationSize
{
    None,
    Small,
    Large,
}
