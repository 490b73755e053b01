using System.Security.Cryptography;
using System.Text.Json;

namespace OrgGrains.Model;

/// <summary>A stable digest of an item's content, so a batch can tell a retried item from a
/// different item reusing its id.</summary>
internal static class BulkFingerprint
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of(BulkItem item) =>
        Convert.ToBase64String(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(item, Options)).AsSpan(0, 16));
}
