using System.Text.Json;
using OrgGrains.GraphQL.AspNetCore.Http;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Applies <c>extensions.persistedQuery</c> (Apollo's automatic persisted queries, version 1) and the
/// allowlist: gives the request its query text, or refuses it with a GraphQL error code.
/// </summary>
internal sealed class PersistedOperationResolver(PersistedOperationMode mode, IPersistedOperationStore store)
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string NotAllowedCode = "OPERATION_NOT_ALLOWED";

    public GraphQLRequest Resolve(GraphQLRequest request)
    {
        if (mode == PersistedOperationMode.Off)
        {
            return request;
        }

        var hash = ReadHash(request);
        if (mode == PersistedOperationMode.AllowlistOnly)
        {
            var key = hash ?? (request.Query is { } text ? PersistedOperationHash.Of(text) : null);
            if (key is null || !store.TryGetQuery(key, out var allowed))
            {
                throw new BadRequestException("Only registered operations may run on this endpoint, and this one is not registered.", NotAllowedCode);
            }

            return request.Query is null ? WithQuery(request, allowed) : request;
        }

        if (hash is null)
        {
            return request;
        }

        if (request.Query is { } query)
        {
            if (!string.Equals(PersistedOperationHash.Of(query), hash, StringComparison.Ordinal))
            {
                throw new BadRequestException("The persisted query's sha256Hash does not match the SHA-256 of its query.", HashMismatchCode);
            }

            store.Save(hash, query);
            return request;
        }

        return store.TryGetQuery(hash, out var stored)
            ? WithQuery(request, stored)
            : throw new BadRequestException("PersistedQueryNotFound", NotFoundCode);
    }

    /// <summary>The hash of <c>extensions.persistedQuery</c>, or null when the request has none.</summary>
    private static string? ReadHash(GraphQLRequest request)
    {
        if (request.Extensions is not { } extensions || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        if (value is not JsonElement { ValueKind: JsonValueKind.Object } persisted)
        {
            throw new BadRequestException("extensions.persistedQuery must be an object with \"version\" and \"sha256Hash\".");
        }

        if (!persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != 1)
        {
            throw new BadRequestException("extensions.persistedQuery.version must be 1, the only version supported.");
        }

        if (!persisted.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String || hash.GetString() is not { Length: 64 } text)
        {
            throw new BadRequestException("extensions.persistedQuery.sha256Hash must be the 64-character hex SHA-256 of the query.");
        }

        return text.ToLowerInvariant();
    }

    private static GraphQLRequest WithQuery(GraphQLRequest request, string query) => new()
    {
        Query = query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        RootValue = request.RootValue,
        ContextValue = request.ContextValue,
        Services = request.Services,
    };
}
