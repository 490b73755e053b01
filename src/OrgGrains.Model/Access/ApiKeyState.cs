namespace OrgGrains.Model;

public sealed class ApiKeyState
{
    /// <summary>By hash; a revoked key stays, so its name and who revoked it remain on record.</summary>
    public Dictionary<string, ApiKeyInfo> Keys { get; set; } = [];
}
