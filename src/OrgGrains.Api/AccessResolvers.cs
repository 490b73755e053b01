using System.Collections.Immutable;
using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>Who the caller is (<c>viewer</c>) and the integrations' API keys (admin only). A key's
/// secret is made here, returned once, and only its hash reaches the store. Roles are the schema's
/// <c>Role</c> values, whose internal values are the lowercase names tokens carry.</summary>
internal sealed class AccessResolvers(Loaders loaders)
{
    private IApiKeyGrain Keys => loaders.Grains.GetGrain<IApiKeyGrain>(IApiKeyGrain.Id);

    public void Bind(GuardedFields b)
    {
        b.ResolveSync("Query", "viewer", ctx => Viewer(Caller.Of(ctx)));
        b.Resolve("Query", "apiKeys", async _ => (await Keys.ListAsync().ConfigureAwait(false)).Select(ApiKey).ToList());
        b.Resolve("Mutation", "createApiKey", CreateAsync);
        b.Resolve("Mutation", "revokeApiKey", async ctx =>
        {
            var result = await Keys.RevokeAsync(ctx.GetArgument<string>("name")!, Caller.Of(ctx).Actor).ConfigureAwait(false);
            return new Dictionary<string, object?> { ["apiKey"] = result.Value is { } info ? ApiKey(info) : null, ["userErrors"] = Errors(result.Errors) };
        });
    }

    private async ValueTask<object?> CreateAsync(ResolveContext ctx)
    {
        var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
        var roles = ((IEnumerable<object?>)input["roles"]!).Select(r => ((string)r!).ToLowerInvariant()).Distinct().ToImmutableArray();
        var domains = input.TryGetValue("domainKeys", out var d) && d is IEnumerable<object?> list ? list.Cast<string>().ToImmutableArray() : [];
        var secret = ApiKeySecret.Create();
        var result = await Keys.CreateAsync(new CreateApiKey(
            Caller.Of(ctx).Actor, (string)input["name"]!, ApiKeySecret.Hash(secret), roles, domains, (DateTimeOffset)input["expiresAt"]!)).ConfigureAwait(false);
        return new Dictionary<string, object?>
        {
            ["apiKey"] = result.Value is { } info ? ApiKey(info) : null,
            ["secret"] = result.Succeeded ? secret : null,
            ["userErrors"] = Errors(result.Errors),
        };
    }

    private static Dictionary<string, object?> Viewer(Caller caller) => new()
    {
        ["actor"] = caller.Actor,
        ["authenticated"] = caller.IsAuthenticated,
        ["roles"] = OrgRoleNames.Names(caller.Roles),
        ["domainKeys"] = caller.Domains.Order(StringComparer.Ordinal).ToList(),
    };

    private static Dictionary<string, object?> ApiKey(ApiKeyInfo key) => new()
    {
        ["name"] = key.Name,
        ["roles"] = key.Roles.Where(r => OrgRoleNames.Parse(r) != OrgRoles.None).ToList(),
        ["domainKeys"] = key.Domains.IsDefault ? [] : key.Domains.ToList(),
        ["createdAt"] = key.CreatedAt,
        ["createdBy"] = key.CreatedBy,
        ["expiresAt"] = key.ExpiresAt,
        ["revokedAt"] = key.RevokedAt,
        ["revokedBy"] = key.RevokedBy,
    };

    private static ImmutableArray<UserError> Errors(ImmutableArray<UserError> errors) => errors.IsDefault ? [] : errors;
}
