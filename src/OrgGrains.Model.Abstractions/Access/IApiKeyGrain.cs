using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The organisation's API keys for integrations (one grain, key <see cref="Id"/>). It holds
/// only each key's SHA-256 hash (<see cref="ApiKeySecret.Hash"/>), never the key itself, so a leaked
/// store does not leak usable keys.</summary>
[Alias("OrgGrains.IApiKeyGrain")]
public interface IApiKeyGrain : IGrainWithStringKey
{
    public const string Id = "api-keys";

    /// <summary>Registers a new key by its hash; refused when the name is taken by a key that is not revoked.</summary>
    [Alias("CreateAsync")] Task<MutationResult<ApiKeyInfo>> CreateAsync(CreateApiKey command);

    /// <summary>Revokes the key named <paramref name="name"/> at once; refused when there is none.</summary>
    [Alias("RevokeAsync")] Task<MutationResult<ApiKeyInfo>> RevokeAsync(string name, string actor);

    /// <summary>The key whose hash this is, when it is neither revoked nor expired.</summary>
    [ReadOnly] [Alias("FindAsync")] Task<ApiKeyInfo?> FindAsync(string hash);

    /// <summary>Every key ever created (revoked and expired ones too), by name.</summary>
    [ReadOnly] [Alias("ListAsync")] Task<ImmutableArray<ApiKeyInfo>> ListAsync();
}

/// <param name="Hash">SHA-256 of the key (<see cref="ApiKeySecret.Hash"/>); the key itself is shown once to its creator.</param>
/// <param name="Roles">Role names the key signs in with (e.g. "integration").</param>
/// <param name="Domains">Domain keys a "contributor" key may change.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.CreateApiKey")]
public sealed record CreateApiKey(string Actor, string Name, string Hash, ImmutableArray<string> Roles, ImmutableArray<string> Domains, DateTimeOffset ExpiresAt);

/// <summary>What is known of a key, without its hash.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.ApiKeyInfo")]
public sealed record ApiKeyInfo(
    string Name,
    ImmutableArray<string> Roles,
    ImmutableArray<string> Domains,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy);
