using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrgGrains.Runtime;

/// <summary>The default grain state serializer: System.Text.Json with web defaults, so stored
/// state is readable JSON that survives adding members to state records.</summary>
public sealed class JsonGrainStorageSerializer(JsonSerializerOptions? options = null) : IGrainStorageSerializer
{
    private readonly JsonSerializerOptions _options = options ?? CreateDefaultOptions();

    public static JsonSerializerOptions CreateDefaultOptions() => new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, _options);

    public T Deserialize<T>(ReadOnlySpan<byte> input)
        => JsonSerializer.Deserialize<T>(input, _options)
           ?? throw new JsonException($"Stored state of type {typeof(T).Name} deserialized to null.");
}
