using System.Reflection;

namespace OrgGrains.Runtime;

/// <summary>Finds the grain classes once, at silo start: every concrete <see cref="Grain"/> subclass
/// in the loaded assemblies (and the assemblies they reference) that implements a grain
/// interface, keyed by the full name of each grain interface it implements.</summary>
internal sealed class GrainClassRegistry
{
    private readonly Dictionary<string, GrainClass> _byInterface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Type>> _ambiguous = new(StringComparer.Ordinal);

    public GrainClassRegistry(IEnumerable<Assembly> assemblies)
    {
        var classes = new Dictionary<Type, GrainClass>();
        foreach (var type in assemblies.SelectMany(LoadableTypes))
        {
            if (!type.IsClass || type.IsAbstract || type.ContainsGenericParameters || !typeof(Grain).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var grainInterface in type.GetInterfaces().Where(IsGrainInterface))
            {
                var name = grainInterface.FullName!;
                if (_ambiguous.TryGetValue(name, out var implementations))
                {
                    implementations.Add(type);
                }
                else if (_byInterface.Remove(name, out var existing))
                {
                    _ambiguous[name] = [existing.Type, type];
                }
                else
                {
                    if (!classes.TryGetValue(type, out var grainClass))
                    {
                        classes[type] = grainClass = new GrainClass(type);
                    }
                    _byInterface[name] = grainClass;
                }
            }
        }

        Classes = classes.Values.ToArray();
    }

    public IReadOnlyList<GrainClass> Classes { get; }

    public GrainClass Resolve(string grainInterface)
    {
        if (_byInterface.TryGetValue(grainInterface, out var grainClass))
        {
            return grainClass;
        }

        if (_ambiguous.TryGetValue(grainInterface, out var implementations))
        {
            throw new InvalidOperationException(
                $"Grain interface {grainInterface} is implemented by several grain classes ({string.Join(", ", implementations.Select(t => t.Name))}); " +
                "give each class its own grain interface.");
        }

        throw new InvalidOperationException($"No grain class implements grain interface {grainInterface}.");
    }

    private static bool IsGrainInterface(Type type)
        => typeof(IGrainWithStringKey).IsAssignableFrom(type) || typeof(IGrainWithGuidKey).IsAssignableFrom(type);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }

    /// <summary>The loaded assemblies that reference the runtime abstractions, and those they
    /// reference in turn (loading them), skipping the framework.</summary>
    public static IReadOnlyList<Assembly> DiscoverAssemblies()
    {
        var abstractions = typeof(Grain).Assembly.GetName().Name!;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Assembly>();
        var pending = new Stack<Assembly>(AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic));
        while (pending.TryPop(out var assembly))
        {
            var name = assembly.GetName().Name!;
            if (!seen.Add(name) || IsFramework(name))
            {
                continue;
            }

            var references = assembly.GetReferencedAssemblies();
            if (references.Any(r => r.Name == abstractions))
            {
                found.Add(assembly);
            }

            foreach (var reference in references)
            {
                if (reference.Name is { } referenceName && !seen.Contains(referenceName) && !IsFramework(referenceName))
                {
                    try
                    {
                        pending.Push(Assembly.Load(reference));
                    }
                    catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
                    {
                        // An optional dependency that is not deployed cannot hold grain classes we need.
                    }
                }
            }
        }
        return found;
    }

    private static bool IsFramework(string name)
        => name.StartsWith("System", StringComparison.Ordinal)
           || name.StartsWith("Microsoft", StringComparison.Ordinal)
           || name.StartsWith("xunit", StringComparison.Ordinal)
           || name.StartsWith("BenchmarkDotNet", StringComparison.Ordinal)
           || name is "netstandard" or "mscorlib" or "testhost";
}
