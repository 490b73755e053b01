namespace OrgGrains.Runtime;

/// <summary>Hands out grain references (generated proxies). Creating one touches no activation.</summary>
internal sealed class GrainFactory(IGrainCallRuntime runtime) : IGrainFactory
{
    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(primaryKey);
        return Create<TGrainInterface>(primaryKey);
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey) where TGrainInterface : IGrainWithGuidKey
        => Create<TGrainInterface>(primaryKey.ToString());

    private TGrainInterface Create<TGrainInterface>(string key)
        => (TGrainInterface)(object)ProxyOf<TGrainInterface>.Factory(runtime, new GrainId(ProxyOf<TGrainInterface>.Name, key));

    private static class ProxyOf<TGrainInterface>
    {
        private static Func<IGrainCallRuntime, GrainId, GrainReference>? _factory;

        public static readonly string Name = typeof(TGrainInterface).FullName!;

        public static Func<IGrainCallRuntime, GrainId, GrainReference> Factory
            => _factory ??= GrainProxyRegistry.GetFactory(typeof(TGrainInterface));
    }
}
