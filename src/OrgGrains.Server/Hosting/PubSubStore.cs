using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace OrgGrains.Server.Hosting;

/// <summary>The grain storage Orleans streams keep their pub-sub state in: for each stream, the
/// subscriptions (one per silo's change hub) and the queue agents producing it. It lives in the
/// durable store beside grain state, not in memory: a pub-sub grain activated again after its silo
/// died reads the subscriptions from here, and memory storage (itself grains, on some silo) would
/// have lost them with that silo, so the survivors' subscribers would hear nothing more.</summary>
internal static class PubSubStore
{
    public const string Name = ProviderConstants.DEFAULT_PUBSUB_PROVIDER_NAME;

    /// <summary>Pub-sub state is made of Orleans' own types (grain and stream ids), which the model's
    /// JSON serializer (the silo's default) cannot carry. Orleans' binary form can, version-tolerant
    /// as all of Orleans' [GenerateSerializer] types are.</summary>
    public static void StoreInOrleansForm<TOptions>(IServiceCollection services)
        where TOptions : class, IStorageProviderSerializerOptions
        => services.AddOptions<TOptions>(Name)
            .Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
}
