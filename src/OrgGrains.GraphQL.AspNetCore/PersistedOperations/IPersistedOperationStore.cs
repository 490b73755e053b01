using System.Diagnostics.CodeAnalysis;

namespace OrgGrains.GraphQL.AspNetCore.PersistedOperations;

/// <summary>Operation texts by the lowercase hex SHA-256 of their UTF-8 text.</summary>
public interface IPersistedOperationStore
{
    bool TryGetQuery(string sha256Hash, [NotNullWhen(true)] out string? query);

    /// <summary>Keeps <paramref name="query"/> under <paramref name="sha256Hash"/> (the caller has checked the hash).</summary>
    void Save(string sha256Hash, string query);
}
