namespace OrgGrains.Runtime;

/// <summary>The activation being constructed. The runtime sets it around a grain's constructor
/// call so that <see cref="Grain"/>'s parameterless constructor can find its context, as Orleans
/// does; grain classes then take only their own dependencies in their constructors.</summary>
public static class RuntimeContext
{
    [ThreadStatic] private static IGrainContext? _activating;

    /// <summary>For the runtime only: the context of the grain whose constructor runs on this thread.</summary>
    public static IGrainContext? Activating
    {
        get => _activating;
        set => _activating = value;
    }
}
