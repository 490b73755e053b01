namespace OrgGrains.Runtime;

/// <summary>Turns grain state into bytes and back. The runtime registers a System.Text.Json one;
/// every storage provider uses whichever is registered.</summary>
public interface IGrainStorageSerializer
{
    byte[] Serialize<T>(T value);

    T Deserialize<T>(ReadOnlySpan<byte> input);
}
