using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>The grain state serializer the model registers in the silo (System.Text.Json with web
/// defaults and enums by name), so the providers are tested with the JSON they will hold in
/// production, and stored bytes of earlier releases are read by the same rules.</summary>
/// <remarks>Orleans' own default <see cref="IGrainStorageSerializer"/> is Newtonsoft JSON with type
/// names, and its SystemTextJsonGrainStorageSerializer writes fields and omits nulls: neither
/// reads or writes the bytes OrgGrains has stored so far.</remarks>
public sealed class WebJsonGrainStorageSerializer : IGrainStorageSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input)
        => JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
           ?? throw new JsonException($"Stored state of type {typeof(T).Name} deserialized to null.");
}
