using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OrgGrains.GraphQL.AspNetCore.GraphiQL;

/// <summary>
/// GraphiQL (bundled at build time, embedded) for browsers that ask the endpoint for text/html. With
/// <paramref name="webSockets"/> its subscriptions run over graphql-transport-ws at the endpoint's path.
/// </summary>
internal sealed class GraphiQLPage(string endpointPath, bool webSockets)
{
    private static readonly Lazy<byte[]> Script = new(() => Resource("GraphiQL/graphiql.js"));
    private static readonly Lazy<byte[]> Styles = new(() => Resource("GraphiQL/graphiql.css"));

    private readonly byte[] _html = Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>GraphiQL</title>
          <link rel="stylesheet" href="{{WebUtility.HtmlEncode(endpointPath)}}/graphiql/graphiql.css">
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
        </head>
        <body>
          <div id="graphiql" data-endpoint="{{WebUtility.HtmlEncode(endpointPath)}}" data-websocket="{{(webSockets ? "true" : "false")}}">Loading GraphiQL…</div>
          <script src="{{WebUtility.HtmlEncode(endpointPath)}}/graphiql/graphiql.js"></script>
        </body>
        </html>
        """);

    /// <summary>A GET whose Accept lists text/html (what browsers send when navigating).</summary>
    public static bool IsWanted(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var values)
        && values.Any(value => value.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public Task HtmlAsync(HttpContext context) => WriteAsync(context, "text/html; charset=utf-8", _html);

    public static Task ScriptAsync(HttpContext context) => WriteAsync(context, "text/javascript; charset=utf-8", Script.Value);

    public static Task StylesAsync(HttpContext context) => WriteAsync(context, "text/css; charset=utf-8", Styles.Value);

    private static Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, 0, body.Length, context.RequestAborted);
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The GraphiQL bundle '{name}' is not embedded; the build bundles it with npm.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
