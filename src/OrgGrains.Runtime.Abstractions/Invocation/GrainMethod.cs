using System.ComponentModel;

namespace OrgGrains.Runtime;

/// <summary>How the runtime may schedule a grain method, from its attributes.</summary>
[Flags]
public enum GrainMethodOptions
{
    None = 0,
    /// <summary><see cref="AlwaysInterleaveAttribute"/>.</summary>
    AlwaysInterleave = 1,
    /// <summary><see cref="ReadOnlyAttribute"/>.</summary>
    ReadOnly = 2,
    /// <summary><see cref="OneWayAttribute"/>.</summary>
    OneWay = 4,
}

/// <summary>One method of a grain interface, described once by the generated proxy so the
/// per-call path reads flags instead of reflecting on attributes.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GrainMethod(string interfaceName, string name, GrainMethodOptions options)
{
    /// <summary>Full name of the interface that declares the method.</summary>
    public string InterfaceName { get; } = interfaceName;

    public string Name { get; } = name;

    public GrainMethodOptions Options { get; } = options;

    public bool IsAlwaysInterleave => (Options & GrainMethodOptions.AlwaysInterleave) != 0;

    public bool IsReadOnly => (Options & GrainMethodOptions.ReadOnly) != 0;

    public bool IsOneWay => (Options & GrainMethodOptions.OneWay) != 0;

    public override string ToString() => $"{InterfaceName}.{Name}";
}
