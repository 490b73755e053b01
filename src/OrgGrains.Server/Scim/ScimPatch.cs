using System.Text.Json.Nodes;

namespace OrgGrains.Server.Scim;

/// <summary>Applies a PatchOp request (RFC 7644 §3.5.2) to a resource's JSON, in the forms Okta
/// and Entra ID send: ops in any case ("Replace"), path-less add/replace with a value object whose
/// keys are paths themselves (<c>"name.givenName"</c>, an extension URN), value-filtered paths
/// (<c>emails[type eq "work"].value</c>, <c>members[value eq "x"]</c>), member arrays to add or
/// remove. The result is then stored whole, so a request applies entirely or not at all.</summary>
internal static class ScimPatch
{
    public static void Apply(JsonObject resource, JsonObject request)
    {
        if (ScimJson.Member(request, "Operations") is not JsonArray operations)
            throw ScimError.InvalidSyntax("A PatchOp request needs \"Operations\" (RFC 7644 §3.5.2).");
        foreach (var node in operations)
        {
            if (node is not JsonObject operation)
                throw ScimError.InvalidSyntax("Each operation is an object.");
            string op = (ScimJson.Text(ScimJson.Member(operation, "op")) ?? "").ToLowerInvariant();
            string? path = ScimJson.Text(ScimJson.Member(operation, "path"));
            var value = ScimJson.Member(operation, "value")?.DeepClone();
            if (op is not ("add" or "replace" or "remove"))
                throw ScimError.InvalidSyntax($"'{op}' is not a PATCH operation (add, replace, remove).");
            if (path is null)
                ApplyWithoutPath(resource, op, value);
            else
                ApplyAt(resource, op, ParsePath(path), value);
        }
    }

    /// <summary>§3.5.2.1/.3: without a path the value is an object of attributes to add or replace;
    /// Entra ID puts paths in its keys, so each key is applied as a path.</summary>
    private static void ApplyWithoutPath(JsonObject resource, string op, JsonNode? value)
    {
        if (op == "remove")
            throw ScimError.NoTarget("A remove operation needs a path (RFC 7644 §3.5.2.2).");
        if (value is not JsonObject attributes)
            throw ScimError.InvalidValue("An add or replace without a path needs an object value.");
        foreach (var (key, member) in attributes.ToList())
        {
            if (key.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) && member is JsonObject extension && !IsAttributePath(key))
            {
                foreach (var (inner, innerValue) in extension.ToList())
                    ApplyAt(resource, op, ParsePath(key + ":" + inner), innerValue?.DeepClone());
            }
            else
            {
                ApplyAt(resource, op, ParsePath(key), member?.DeepClone());
            }
        }
    }

    /// <summary>An extension's schema URN ends in its name ("…:2.0:User"); a path into it ends in an attribute.</summary>
    private static bool IsAttributePath(string key) =>
        !key.Equals(ScimJson.EnterpriseUser, StringComparison.OrdinalIgnoreCase) && !key.EndsWith(":User", StringComparison.Ordinal) && !key.EndsWith(":Group", StringComparison.Ordinal);

    public static ScimPath ParsePath(string text)
    {
        int open = text.IndexOf('[');
        if (open < 0)
            return ScimPath.Parse(text);
        int close = text.LastIndexOf(']');
        if (close < open)
            throw ScimError.InvalidPath($"'{text}' has an unclosed '['.");
        ScimFilter filter;
        try
        {
            filter = ScimFilter.Parse(text[(open + 1)..close]);
        }
        catch (ScimError e)
        {
            throw ScimError.InvalidPath(e.Message);
        }
        string after = text[(close + 1)..];
        if (after.Length > 0 && after[0] != '.')
            throw ScimError.InvalidPath($"'{text}' has text after ']' that is not a sub-attribute.");
        return ScimPath.Parse(text[..open], filter, after.Length > 1 ? after[1..] : null);
    }

    private static void ApplyAt(JsonObject resource, string op, ScimPath path, JsonNode? value)
    {
        var container = path.Container(resource, create: op != "remove");
        if (container is null)
            return;
        string name = ScimJson.MemberName(container, path.Attribute) ?? path.Attribute;
        var current = container[name];

        if (path.ValueFilter is null && path.SubAttribute is not null)
        {
            // "name.givenName": a sub-attribute of a complex attribute.
            if (op == "remove")
            {
                if (current is JsonObject complexToTrim && ScimJson.MemberName(complexToTrim, path.SubAttribute) is { } sub)
                    complexToTrim.Remove(sub);
                return;
            }
            if (current is not JsonObject complex)
                container[name] = complex = [];
            complex[ScimJson.MemberName(complex, path.SubAttribute) ?? path.SubAttribute] = value;
            return;
        }

        if (path.ValueFilter is { } filter)
        {
            ApplyToMatching(container, name, current as JsonArray, op, filter, path.SubAttribute, value);
            return;
        }

        switch (op)
        {
            case "remove" when value is JsonArray toRemove && current is JsonArray held:
                // Entra ID removes members as {"path":"members","value":[{"value":"id"}]}.
                var values = toRemove.Select(v => ElementValue(v)).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var element in held.Where(e => values.Contains(ElementValue(e) ?? "")).ToList())
                    held.Remove(element);
                break;
            case "remove":
                container.Remove(name);
                break;
            case "add" when current is JsonArray list:
                // §3.5.2.1: values are added to a multi-valued attribute; one already there is not repeated.
                foreach (var item in value is JsonArray many ? many.ToList() : new List<JsonNode?> { value })
                {
                    if (item is JsonNode n && n.Parent is JsonArray parent)
                        parent.Remove(n);
                    if (!list.Any(e => ElementValue(e) is { } v && v.Equals(ElementValue(item), StringComparison.OrdinalIgnoreCase)))
                        list.Add(item);
                }
                break;
            case "add" when current is JsonObject complexHeld && value is JsonObject additions:
                foreach (var (k, v) in additions.ToList())
                {
                    additions.Remove(k);
                    complexHeld[ScimJson.MemberName(complexHeld, k) ?? k] = v;
                }
                break;
            default:
                container[name] = value;
                break;
        }
    }

    /// <summary>§3.5.2.2/.3 with a value filter. Add and replace of <c>emails[type eq "work"].value</c>
    /// when there is no work e-mail yet make one (what the provider means), rather than noTarget.</summary>
    private static void ApplyToMatching(JsonObject container, string name, JsonArray? list, string op, ScimFilter filter, string? sub, JsonNode? value)
    {
        var matching = list?.OfType<JsonObject>().Where(filter.Matches).ToList() ?? [];
        if (op == "remove")
        {
            foreach (var element in matching)
            {
                if (sub is null)
                    list!.Remove(element);
                else if (ScimJson.MemberName(element, sub) is { } key)
                    element.Remove(key);
            }
            return;
        }
        if (matching.Count == 0)
        {
            if (sub is null || filter.Equality() is not ({ } attribute, { } wanted))
                throw ScimError.NoTarget($"No value of '{name}' matches the path's filter.");
            var made = new JsonObject { [attribute] = wanted, [sub] = value };
            if (list is null)
                container[name] = list = [];
            list.Add(made);
            return;
        }
        foreach (var element in matching)
        {
            if (sub is not null)
                element[ScimJson.MemberName(element, sub) ?? sub] = value?.DeepClone();
            else if (value is JsonObject replacement)
                foreach (var (k, v) in replacement)
                    element[ScimJson.MemberName(element, k) ?? k] = v?.DeepClone();
        }
    }

    private static string? ElementValue(JsonNode? node) =>
        node is JsonObject o ? ScimJson.Text(ScimJson.Member(o, "value")) : ScimJson.Text(node);
}
