using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace OrgGrains.GraphQL.AspNetCore.PersistedOperations;

/// <summary>A bounded in-process store: once <see cref="Capacity"/> operations are kept, new ones are not (clients then resend the text).</summary>
public sealed class InMemoryPersistedOperationStore(int capacity = 10_000) : IPersistedOperationStore
{
    private readonly ConcurrentDictionary<string, string> _queries = new(StringComparer.Ordinal);

    public int Capacity => capacity;

    public int Count => _queries.Count;

    public bool TryGetQuery(string sha256Hash, [NotNullWhen(true)] out string? query) => _queries.TryGetValue(sha256Hash, out query);

    public void Save(string sha256Hash, string query)
    {
        if (_queries.Count < capacity)
        {
            _queries.TryAdd(sha256Hash, query);
        }
    }

    /// <summary>Registers an operation (e.g. an allowlist entry at start-up); returns its hash.</summary>
    public string Register(string query)
    {
        var hash = PersistedOperationHash.Of(query);
        _queries[hash] = query;
        return hash;
    }
}
