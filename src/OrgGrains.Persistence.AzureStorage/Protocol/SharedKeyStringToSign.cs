using System.Text;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>The string a Shared Key request signs, built by the published rules for the Blob
/// service ("Authorize with Shared Key", version 2009-09-19 and later).</summary>
internal static class SharedKeyStringToSign
{
    // The standard headers in the order the rules list them; Date stays empty because we send x-ms-date.
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    /// <param name="headers">Every request header (name, value); multiple values already comma-joined.</param>
    /// <param name="contentLength">The body's length, or null when there is no body.</param>
    public static string Build(string method, IReadOnlyCollection<KeyValuePair<string, string>> headers, long? contentLength, Uri uri, string accountName)
    {
        var text = new StringBuilder();
        text.Append(method.ToUpperInvariant()).Append('\n');
        foreach (var name in StandardHeaders)
        {
            var value = name == "Content-Length"
                // Since 2015-02-21 a zero length is signed as an empty string.
                ? contentLength is > 0 ? contentLength.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : ""
                : Find(headers, name) ?? "";
            text.Append(value).Append('\n');
        }

        AppendCanonicalizedHeaders(text, headers);
        AppendCanonicalizedResource(text, uri, accountName);
        return text.ToString();
    }

    private static string? Find(IReadOnlyCollection<KeyValuePair<string, string>> headers, string name)
    {
        foreach (var (headerName, value) in headers)
        {
            if (string.Equals(headerName, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every x-ms- header, name lower-cased, sorted by name, "name:value\n".</summary>
    private static void AppendCanonicalizedHeaders(StringBuilder text, IReadOnlyCollection<KeyValuePair<string, string>> headers)
    {
        var msHeaders = headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.Trim().ToLowerInvariant(), Value: h.Value.Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in msHeaders)
        {
            // Values are trimmed but inner whitespace is kept, as the Azure SDKs and Azurite sign them.
            text.Append(name).Append(':').Append(value).Append('\n');
        }
    }

    /// <summary>"/account" + the encoded URI path, then "\nname:value" per query parameter: names
    /// lower-cased and sorted, values decoded, repeated names' values sorted and comma-joined.</summary>
    private static void AppendCanonicalizedResource(StringBuilder text, Uri uri, string accountName)
    {
        text.Append('/').Append(accountName);
        var path = uri.AbsolutePath;
        text.Append(path.Length == 0 ? "/" : path);

        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return;
        }

        var parameters = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(separator < 0 ? pair : pair[..separator]).ToLowerInvariant();
            var value = separator < 0 ? "" : Uri.UnescapeDataString(pair[(separator + 1)..]);
            if (!parameters.TryGetValue(name, out var values))
            {
                parameters[name] = values = [];
            }

            values.Add(value);
        }

        foreach (var (name, values) in parameters)
        {
            values.Sort(StringComparer.Ordinal);
            text.Append('\n').Append(name).Append(':').Append(string.Join(',', values));
        }
    }
}
