using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace OrgGrains.Model;

/// <summary>How the model's grain state is stored: System.Text.Json with web defaults and enums by
/// name, so stored state is readable JSON that survives adding members to state classes (the form
/// OrgGrains has stored since its first release, so existing data keeps loading).</summary>
public sealed class ModelStateSerializer : IGrainStorageSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, Options));

    public T Deserialize<T>(BinaryData input)
        => JsonSerializer.Deserialize<T>(input.ToMemory().Span, Options)
           ?? throw new JsonException($"Stored state of type {typeof(T).Name} deserialized to null.");
}
