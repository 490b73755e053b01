using System.Collections.Concurrent;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace OrgGrains.Runtime;

/// <summary>Proxy factories by grain interface, filled by the module initializers that
/// OrgGrains.Runtime.CodeGenerator emits into every assembly declaring grain interfaces.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainProxyRegistry
{
    private static readonly ConcurrentDictionary<Type, Func<IGrainCallRuntime, GrainId, GrainReference>> Factories = new();

    public static void Register(Type grainInterface, Func<IGrainCallRuntime, GrainId, GrainReference> factory)
        => Factories[grainInterface] = factory;

    /// <summary>The proxy factory for <paramref name="grainInterface"/>. Runs the interface
    /// assembly's module initializer first if it has not run yet (the runtime does not
    /// guarantee it runs before a type of the module is merely named).</summary>
    public static Func<IGrainCallRuntime, GrainId, GrainReference> GetFactory(Type grainInterface)
    {
        if (Factories.TryGetValue(grainInterface, out var factory))
        {
            return factory;
        }

        RuntimeHelpers.RunModuleConstructor(grainInterface.Module.ModuleHandle);
        return Factories.TryGetValue(grainInterface, out factory)
            ? factory
            : throw new InvalidOperationException(
                $"No proxy was generated for grain interface {grainInterface.FullName}. The project declaring it must reference " +
                "OrgGrains.Runtime.Abstractions (Directory.Build.targets then adds OrgGrains.Runtime.CodeGenerator), and the interface " +
                "must derive from IGrainWithStringKey or IGrainWithGuidKey.");
    }
}
