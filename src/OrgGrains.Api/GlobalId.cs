using System.Buffers.Text;
using System.Text;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>Relay global object identification: an opaque id from a unit's kind and key
/// ("Pod:pod-7", base64url-encoded), so <c>node(id:)</c> knows which grain to ask.</summary>
public static class GlobalId
{
    public static string Encode(UnitRef unit) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{unit.Kind}:{unit.Id}"));

    /// <summary>Null when <paramref name="id"/> is not a global id this API issued.</summary>
    public static UnitRef? TryDecode(string? id)
    {
        if (string.IsNullOrEmpty(id) || !Base64Url.IsValid(id))
            return null;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1 || !Enum.TryParse<UnitKind>(text[..colon], out var kind) || !Enum.IsDefined(kind))
            return null;
        return new UnitRef(kind, text[(colon + 1)..]);
    }
}
