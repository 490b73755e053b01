using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The API keys of integrations, by hash. Written through: a created or revoked key must
/// hold (or stop working) the moment the call returns.</summary>
[GrainType("apikeys")]
public sealed class ApiKeyGrain([PersistentState("apikeys")] IPersistentState<ApiKeyState> state, OrgModelOptions options) : Grain, IApiKeyGrain
{
    private Dictionary<string, ApiKeyInfo> Keys => state.State.Keys;

    public async Task<MutationResult<ApiKeyInfo>> CreateAsync(CreateApiKey command)
    {
        if (string.IsNullOrWhiteSpace(command.Name))
            return MutationResult<ApiKeyInfo>.Fail(UserError.At(ErrorCodes.Invalid, "A key needs a name.", "input", "name"));
        var now = options.TimeProvider.GetUtcNow();
        if (command.ExpiresAt <= now)
            return MutationResult<ApiKeyInfo>.Fail(UserError.At(ErrorCodes.Invalid, "`expiresAt` must be in the future.", "input", "expiresAt"));
        if (Keys.Values.Any(k => k.Name == command.Name && k.RevokedAt is null))
            return MutationResult<ApiKeyInfo>.Fail(UserError.At(ErrorCodes.AlreadyExists, $"A key named '{command.Name}' exists; revoke it first.", "input", "name"));
        if (Keys.ContainsKey(command.Hash))
            return MutationResult<ApiKeyInfo>.Fail(UserError.At(ErrorCodes.AlreadyExists, "This key is already registered.", "input", "hash"));

        var info = new ApiKeyInfo(command.Name, command.Roles, command.Domains, now, command.Actor, command.ExpiresAt, null, null);
        Keys[command.Hash] = info;
        await state.WriteStateAsync();
        return MutationResult<ApiKeyInfo>.Ok(info);
    }

    public async Task<MutationResult<ApiKeyInfo>> RevokeAsync(string name, string actor)
    {
        var (hash, info) = Keys.FirstOrDefault(k => k.Value.Name == name && k.Value.RevokedAt is null);
        if (info is null)
            return MutationResult<ApiKeyInfo>.Fail(UserError.At(ErrorCodes.NotFound, $"No key named '{name}' is in use.", "name"));
        var revoked = info with { RevokedAt = options.TimeProvider.GetUtcNow(), RevokedBy = actor };
        Keys[hash] = revoked;
        await state.WriteStateAsync();
        return MutationResult<ApiKeyInfo>.Ok(revoked);
    }

    public Task<ApiKeyInfo?> FindAsync(string hash) =>
        Task.FromResult(Keys.TryGetValue(hash, out var info) && info.RevokedAt is null && info.ExpiresAt > options.TimeProvider.GetUtcNow() ? info : null);

    public Task<ImmutableArray<ApiKeyInfo>> ListAsync() =>
        Task.FromResult(Keys.Values.OrderBy(k => k.Name, StringComparer.Ordinal).ThenBy(k => k.CreatedAt).ToImmutableArray());
}
