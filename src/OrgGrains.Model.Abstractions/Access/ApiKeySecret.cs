using System.Security.Cryptography;
using System.Text;

namespace OrgGrains.Model;

/// <summary>API key secrets: 32 random bytes (256 bits), so a plain SHA-256 is enough to store them
/// (OWASP Password Storage Cheat Sheet: slow, salted hashes are for low-entropy passwords; a random
/// key of this size cannot be guessed from its hash).</summary>
public static class ApiKeySecret
{
    /// <summary>Marks the text as an OrgGrains key, so secret scanners and people recognise a leaked one.</summary>
    public const string Prefix = "ogk_";

    public static string Create() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The form a key is stored and looked up in: lowercase hex SHA-256 of its UTF-8 text.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
