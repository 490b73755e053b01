using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Runtime;

/// <summary>A grain class found at start-up: how to construct it and how it may be scheduled.
/// The constructor's [PersistentState] parameters are described once here; the factory itself
/// is compiled on first activation.</summary>
internal sealed class GrainClass
{
    private readonly PersistentStateParameter[] _states;
    private readonly Lazy<ObjectFactory> _factory;
    private readonly bool _takesContext;

    public GrainClass(Type type)
    {
        Type = type;
        IsReentrant = type.IsDefined(typeof(ReentrantAttribute), inherit: false);
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {type.FullName} has no public constructor.");
        _states = constructor.GetParameters()
            .Select(p => (Parameter: p, Attribute: p.GetCustomAttribute<PersistentStateAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => PersistentStateParameter.Create(type, p.Parameter, p.Attribute!))
            .ToArray();
        var duplicate = _states.GroupBy(s => s.ParameterType).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Grain class {type.FullName} takes two {duplicate.Key.Name} parameters; give each persistent state its own state type.");
        }

        // ActivatorUtilities refuses arguments the constructor does not take, so the context is
        // passed only to constructors asking for it.
        _takesContext = constructor.GetParameters().Any(p => p.ParameterType == typeof(IGrainContext));
        Type[] argumentTypes = [.. _states.Select(s => s.ParameterType), .. _takesContext ? [typeof(IGrainContext)] : Type.EmptyTypes];
        _factory = new Lazy<ObjectFactory>(() => ActivatorUtilities.CreateFactory(type, argumentTypes));
    }

    public Type Type { get; }

    public bool IsReentrant { get; }

    public bool IsRemindable => typeof(IRemindable).IsAssignableFrom(Type);

    /// <summary>The storage provider names the class's persistent state parameters use.</summary>
    public IEnumerable<string> StorageNames => _states.Select(s => s.StorageName);

    /// <summary>Constructs the grain with its services and persistent states (which register
    /// themselves with the activation, to be read before OnActivateAsync).</summary>
    public object Create(IServiceProvider services, ActivationData activation)
    {
        var arguments = new object[_states.Length + (_takesContext ? 1 : 0)];
        for (var i = 0; i < _states.Length; i++)
        {
            arguments[i] = _states[i].Create(services, activation);
        }

        if (_takesContext)
        {
            arguments[^1] = activation;
        }

        var previous = RuntimeContext.Activating;
        RuntimeContext.Activating = activation;
        try
        {
            return _factory.Value(services, arguments);
        }
        finally
        {
            RuntimeContext.Activating = previous;
        }
    }

    private sealed record PersistentStateParameter(Type ParameterType, string StateName, string StorageName, Func<IGrainStorage, ActivationData, string, object> Factory)
    {
        public static PersistentStateParameter Create(Type grainType, ParameterInfo parameter, PersistentStateAttribute attribute)
        {
            var type = parameter.ParameterType;
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException(
                    $"Grain class {grainType.FullName}: [PersistentState] parameter '{parameter.Name}' must be of type IPersistentState<TState>, not {type.Name}.");
            }

            var factory = typeof(PersistentStateParameter).GetMethod(nameof(CreateState), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type.GetGenericArguments()[0])
                .CreateDelegate<Func<IGrainStorage, ActivationData, string, object>>();
            return new PersistentStateParameter(type, attribute.StateName, attribute.StorageName, factory);
        }

        public object Create(IServiceProvider services, ActivationData activation)
        {
            var storage = services.GetKeyedService<IGrainStorage>(StorageName)
                ?? throw new InvalidOperationException($"No grain storage named '{StorageName}' is registered (state '{StateName}' of {activation.GrainId}).");
            return Factory(storage, activation, StateName);
        }

        private static object CreateState<TState>(IGrainStorage storage, ActivationData activation, string stateName)
            => new PersistentState<TState>(activation, storage, stateName);
    }
}
