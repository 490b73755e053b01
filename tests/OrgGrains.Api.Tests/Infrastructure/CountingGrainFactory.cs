using System.Reflection;
using OrgGrains.Runtime;

namespace OrgGrains.Api.Tests;

/// <summary>An IGrainFactory decorator that counts every grain method call made through the grain
/// references it hands out, so tests can bound the calls a query costs.</summary>
public sealed class CountingGrainFactory(IGrainFactory inner) : IGrainFactory
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _byMethod = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Calls per grain interface method since the last reset, for failure messages.</summary>
    public string Breakdown => string.Join(", ", _byMethod.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}: {m.Value}"));

    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        _byMethod.Clear();
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
        where TGrainInterface : IGrainWithStringKey => Wrap(inner.GetGrain<TGrainInterface>(primaryKey));

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey)
        where TGrainInterface : IGrainWithGuidKey => Wrap(inner.GetGrain<TGrainInterface>(primaryKey));

    private T Wrap<T>(T grain)
    {
        var proxy = DispatchProxy.Create<T, CountingProxy>();
        var counting = (CountingProxy)(object)proxy!;
        counting.Target = grain!;
        counting.Factory = this;
        return proxy;
    }

    internal void Count(MethodInfo method)
    {
        Interlocked.Increment(ref _calls);
        _byMethod.AddOrUpdate($"{method.DeclaringType!.Name}.{method.Name}", 1, (_, n) => n + 1);
    }

    public class CountingProxy : DispatchProxy
    {
        internal object Target { get; set; } = null!;

        internal CountingGrainFactory Factory { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            Factory.Count(targetMethod!);
            try
            {
                return targetMethod!.Invoke(Target, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
