using System.ComponentModel;

namespace OrgGrains.Runtime;

/// <summary>Base class of the generated grain proxies: what <see cref="IGrainFactory"/> hands out.
/// Two references are equal when they name the same grain; a reference is usable before the
/// grain is activated.</summary>
public abstract class GrainReference : IEquatable<GrainReference>
{
    protected GrainReference(IGrainCallRuntime runtime, GrainId grainId)
    {
        Runtime = runtime;
        GrainId = grainId;
    }

    public GrainId GrainId { get; }

    /// <summary>What carries this reference's calls to the activation.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected IGrainCallRuntime Runtime { get; }

    /// <summary>For the runtime only: the activation this reference last reached, so repeated
    /// calls through one reference skip the directory lookup.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object? RuntimeCache { get; set; }

    public bool Equals(GrainReference? other) => other is not null && GrainId == other.GrainId;

    public override bool Equals(object? obj) => obj is GrainReference other && Equals(other);

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();

    public static bool operator ==(GrainReference? left, GrainReference? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(GrainReference? left, GrainReference? right) => !(left == right);
}
