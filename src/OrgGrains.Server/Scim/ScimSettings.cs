using OrgGrains.Model;

namespace OrgGrains.Server.Scim;

/// <summary>Configuration section <c>Scim</c>.</summary>
public sealed class ScimSettings
{
    public const string Section = "Scim";

    /// <summary>The discipline of people an identity provider creates (SCIM carries none; change
    /// it through GraphQL afterwards).</summary>
    public Discipline Discipline { get; set; } = Discipline.DomainExpertise;

    /// <summary>The largest page <c>count</c> served (RFC 7644 §3.4.2.4 lets the provider cap it).</summary>
    public int MaxResults { get; set; } = 200;
}
