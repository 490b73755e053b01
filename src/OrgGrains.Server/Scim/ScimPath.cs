using System.Text.Json.Nodes;

namespace OrgGrains.Server.Scim;

/// <summary>An attribute path (RFC 7644 §3.10 attrPath, §3.5.2 PATCH path): an optional schema
/// URN, an attribute, an optional value filter (<c>emails[type eq "work"]</c>) and sub-attribute.
/// Paths into the core schema are resolved on the resource itself, extension paths inside the
/// extension's object.</summary>
internal sealed record ScimPath(string? Schema, string Attribute, ScimFilter? ValueFilter, string? SubAttribute)
{
    /// <summary>Splits <c>urn:…:User:manager</c>, <c>name.givenName</c>, <c>emails.value</c>.</summary>
    public static ScimPath Parse(string text, ScimFilter? valueFilter = null, string? subAfterFilter = null)
    {
        string? schema = null;
        string rest = text.Trim();
        if (rest.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            int colon = rest.LastIndexOf(':');
            schema = rest[..colon];
            rest = rest[(colon + 1)..];
            if (IsCore(schema))
                schema = null;
        }
        int dot = rest.IndexOf('.');
        string attribute = dot < 0 ? rest : rest[..dot];
        string? sub = dot < 0 ? subAfterFilter : rest[(dot + 1)..];
        if (attribute.Length == 0 || !attribute.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$'))
            throw ScimError.InvalidPath($"'{text}' is not an attribute path.");
        return new ScimPath(schema, attribute, valueFilter, sub);
    }

    private static bool IsCore(string schema) =>
        schema.Equals(ScimJson.UserSchema, StringComparison.OrdinalIgnoreCase) || schema.Equals(ScimJson.GroupSchema, StringComparison.OrdinalIgnoreCase);

    /// <summary>The object holding <see cref="Attribute"/>: the resource or the extension's object
    /// (made when <paramref name="create"/>).</summary>
    public JsonObject? Container(JsonObject resource, bool create)
    {
        if (Schema is null)
            return resource;
        if (ScimJson.MemberName(resource, Schema) is { } key && resource[key] is JsonObject extension)
            return extension;
        if (!create)
            return null;
        var made = new JsonObject();
        resource[Schema] = made;
        return made;
    }

    /// <summary>The values the path selects, for filters: a multi-valued attribute yields each element.</summary>
    public IEnumerable<JsonNode?> Select(JsonObject resource)
    {
        if (Container(resource, create: false) is not { } container || ScimJson.Member(container, Attribute) is not { } value)
            yield break;
        IEnumerable<JsonNode?> items = value is JsonArray array ? array : new[] { value };
        foreach (var item in items)
        {
            if (ValueFilter is not null && (item is not JsonObject o || !ValueFilter.Matches(o)))
                continue;
            if (SubAttribute is null)
                yield return item;
            else if (item is JsonObject complex)
                yield return ScimJson.Member(complex, SubAttribute);
        }
    }
}
