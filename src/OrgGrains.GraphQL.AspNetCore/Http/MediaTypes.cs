using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OrgGrains.GraphQL.AspNetCore.Http;

/// <summary>The response media types of GraphQL over HTTP (§Accept) and how a request's Accept header chooses one.</summary>
internal enum ResponseMediaType
{
    None,
    GraphQLResponseJson,
    Json,
    EventStream,
}

internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string ProblemJson = "application/problem+json";

    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";

    /// <summary>
    /// The client's most preferred media type we can produce: highest quality first, ties by order in the
    /// header. A missing Accept header, <c>*/*</c> and <c>application/*</c> mean application/json (the
    /// specification's legacy-client rule until its watershed).
    /// </summary>
    public static ResponseMediaType Negotiate(HttpRequest request, bool allowEventStream)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 1 && Exact(accept[0]) is { } exact)
        {
            return exact;
        }

        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var values) || values.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var best = ResponseMediaType.None;
        double bestQuality = 0;
        foreach (var value in values)
        {
            var quality = value.Quality ?? 1.0;
            if (quality <= bestQuality)
            {
                continue;
            }

            var type = Match(value, allowEventStream);
            if (type != ResponseMediaType.None)
            {
                best = type;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>The common single-type Accept headers, recognised without parsing the header.</summary>
    private static ResponseMediaType? Exact(string? accept) =>
        string.Equals(accept, Json, StringComparison.OrdinalIgnoreCase) || accept == "*/*" ? ResponseMediaType.Json
        : string.Equals(accept, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase) ? ResponseMediaType.GraphQLResponseJson
        : null;

    private static ResponseMediaType Match(MediaTypeHeaderValue value, bool allowEventStream)
    {
        var mediaType = value.MediaType;
        if (mediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.Json;
        }

        if (allowEventStream && mediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseMediaType.EventStream;
        }

        return ResponseMediaType.None;
    }

    /// <summary>A POST body must be JSON in UTF-8 (a charset other than utf-8 is refused).</summary>
    public static bool IsJsonRequest(HttpRequest request)
    {
        var given = request.ContentType;
        if (string.Equals(given, Json, StringComparison.OrdinalIgnoreCase) || string.Equals(given, JsonUtf8, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(given, out var contentType))
        {
            return false;
        }

        if (!contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var charset = contentType.Charset;
        return !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
