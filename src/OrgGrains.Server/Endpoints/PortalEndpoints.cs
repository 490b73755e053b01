using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace OrgGrains.Server.Endpoints;

/// <summary>
/// The portal (src/OrgGrains.Server/Portal, bundled by vite at build time and embedded in this
/// assembly) at <c>/</c>: its hashed assets under <c>/assets/</c>, cached for good, and
/// <c>index.html</c> for every other GET that no endpoint answers (the portal routes in the
/// browser: /pods/pod-00009, /map, …). It reads only the public GraphQL API at /graphql.
/// </summary>
internal static class PortalEndpoints
{
    private const string Prefix = "Portal/";

    /// <summary>The browser may load scripts, styles and data from this server only.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public static WebApplication MapPortal(this WebApplication app)
    {
        var files = Load();
        if (!files.TryGetValue("index.html", out var index))
        {
            app.Logger.LogWarning("The portal bundle is not embedded (the build runs npm in src/OrgGrains.Server/Portal): / is not served.");
            return app;
        }

        app.MapGet("/assets/{**path}", (HttpContext context, string path) =>
            files.TryGetValue("assets/" + path, out var file) ? Write(context, file, immutable: true) : Results.NotFound());

        // Everything else that is a GET and no other endpoint took (not /graphql, /health, /dev)
        // is a portal page; a missing file (a path with an extension) stays a 404.
        app.MapFallback((HttpContext context) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                return Results.NotFound();
            if (files.TryGetValue(path.TrimStart('/'), out var file) && file != index)
                return Write(context, file, immutable: false);
            if (Path.HasExtension(path) || IsServerPath(path))
                return Results.NotFound();
            return Write(context, index, immutable: false);
        });

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
                app.Logger.LogInformation("Portal: {Url}/", url.TrimEnd('/'));
        });
        return app;
    }

    /// <summary>Paths the server itself owns (an endpoint that is switched off, like /dev/token
    /// outside development, must stay a 404, not turn into the portal's page).</summary>
    private static readonly string[] ServerPaths = [GraphQLEndpoints.Path, "/dev", "/health", "/api", "/scim", "/metrics", "/assets"];

    private static bool IsServerPath(string path) => ServerPaths.Any(p =>
        path.Equals(p, StringComparison.OrdinalIgnoreCase) || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase));

    private static IResult Write(HttpContext context, PortalFile file, bool immutable)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
        headers.ETag = file.ETag;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        if (file.ContentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
        }

        if (context.Request.Headers.IfNoneMatch == file.ETag)
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(file.Content, file.ContentType);
    }

    private static FrozenDictionary<string, PortalFile> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var types = new FileExtensionContentTypeProvider();
        var files = new Dictionary<string, PortalFile>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var path = name[Prefix.Length..].Replace('\\', '/');
            var type = types.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal))
                type += "; charset=utf-8";
            files[path] = new PortalFile(content, type, $"\"{Convert.ToHexString(SHA256.HashData(content))[..16]}\"");
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record PortalFile(byte[] Content, string ContentType, string ETag);
}
