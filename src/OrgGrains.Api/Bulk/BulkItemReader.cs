using System.Collections.Immutable;
using System.Globalization;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>Reads one bulk item from its fields, as GraphQL coerced them (enums as model values,
/// DateTime as DateTimeOffset) or as an NDJSON line gave them (enums and dates as strings, numbers).
/// A malformed item becomes a refusal naming the field, never an exception.</summary>
internal static class BulkItemReader
{
    private static readonly string[] Parts = ["person", "pod", "assignment", "membership", "dependency", "dependencyStatus"];

    /// <summary>The item, or the reason it cannot be one (code INVALID_ITEM, path within the item).</summary>
    public static (BulkItem? Item, UserError? Error) Read(IReadOnlyDictionary<string, object?> fields)
    {
        try
        {
            var id = Text(fields, "id", "id");
            var given = Parts.Where(p => fields.TryGetValue(p, out var v) && v is not null).ToArray();
            if (given.Length != 1)
                return (null, Invalid($"An item sets exactly one of {string.Join(", ", Parts)}; this one sets {(given.Length == 0 ? "none" : string.Join(" and ", given))}."));
            var part = given[0];
            var f = fields[part] as IReadOnlyDictionary<string, object?> ?? throw new BadField($"`{part}` must be an object.", part);
            var item = new BulkItem(id);
            return (part switch
            {
                "person" => item with { Person = new BulkPerson(Text(f, "key", part), Text(f, "name", part), Text(f, "email", part), Enum<Discipline>(f, "discipline", part)!.Value, Strings(f, "skills", part)) },
                "pod" => item with { Pod = new BulkPod(Text(f, "key", part), Text(f, "name", part), Text(f, "mission", part), Text(f, "domainKey", part), Int(f, "wipLimit", part)) },
                "assignment" => item with { Assignment = new BulkAssignment(Text(f, "personKey", part), Text(f, "podKey", part), Bool(f, "assigned", part) ?? true,
                    Optional(f, "role", part), Int(f, "allocationPercent", part), Bool(f, "primary", part) ?? false) },
                "membership" => item with { Membership = new BulkMembership(Text(f, "personKey", part), Id(f, "communityId", part), Bool(f, "member", part) ?? true) },
                "dependency" => item with { Dependency = new BulkDependency(Text(f, "key", part), Id(f, "consumerId", part), Id(f, "providerId", part),
                    Enum<DependencyKind>(f, "kind", part)!.Value, Text(f, "description", part), Date(f, "neededBy", part)) },
                _ => item with { DependencyStatus = new BulkDependencyStatus(Text(f, "key", part), Enum<DependencyStatus>(f, "to", part)!.Value, Optional(f, "reason", part)) },
            }, null);
        }
        catch (BadField bad)
        {
            return (null, Invalid(bad.Message, bad.Path));
        }
    }

    /// <summary>The item's id, if it has a readable one (for results of malformed items).</summary>
    public static string? IdOf(IReadOnlyDictionary<string, object?>? fields) => fields is not null && fields.TryGetValue("id", out var v) ? v as string : null;

    private static UserError Invalid(string message, params string[] path) => UserError.At(BulkErrorCodes.InvalidItem, message, path);

    private sealed class BadField(string message, params string[] path) : Exception(message)
    {
        public string[] Path { get; } = path;
    }

    private static string Text(IReadOnlyDictionary<string, object?> f, string name, string part) =>
        Optional(f, name, part) ?? throw new BadField($"`{name}` is required.", Where(part, name));

    private static string? Optional(IReadOnlyDictionary<string, object?> f, string name, string part) => f.GetValueOrDefault(name) switch
    {
        null => null,
        string s => s,
        _ => throw new BadField($"`{name}` must be a string.", Where(part, name)),
    };

    private static int? Int(IReadOnlyDictionary<string, object?> f, string name, string part) => f.GetValueOrDefault(name) switch
    {
        null => null,
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        _ => throw new BadField($"`{name}` must be an integer.", Where(part, name)),
    };

    private static bool? Bool(IReadOnlyDictionary<string, object?> f, string name, string part) => f.GetValueOrDefault(name) switch
    {
        null => null,
        bool b => b,
        _ => throw new BadField($"`{name}` must be true or false.", Where(part, name)),
    };

    private static DateTimeOffset? Date(IReadOnlyDictionary<string, object?> f, string name, string part) => f.GetValueOrDefault(name) switch
    {
        null => null,
        DateTimeOffset d => d,
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d) => d,
        _ => throw new BadField($"`{name}` must be a date-time (RFC 3339).", Where(part, name)),
    };

    private static UnitRef Id(IReadOnlyDictionary<string, object?> f, string name, string part) =>
        GlobalId.TryDecode(Text(f, name, part)) ?? throw new BadField($"`{name}` is not a global id of this API.", Where(part, name));

    private static ImmutableArray<string>? Strings(IReadOnlyDictionary<string, object?> f, string name, string part) => f.GetValueOrDefault(name) switch
    {
        null => null,
        IEnumerable<object?> list when list.All(x => x is string) => [.. list.Cast<string>()],
        _ => throw new BadField($"`{name}` must be a list of strings.", Where(part, name)),
    };

    /// <summary>An enum as GraphQL bound it, or as text in GRAPHQL_CASE.</summary>
    private static T? Enum<T>(IReadOnlyDictionary<string, object?> f, string name, string part)
        where T : struct, Enum => f.GetValueOrDefault(name) switch
        {
            T value => value,
            string s when System.Enum.TryParse<T>(s.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var v) && System.Enum.IsDefined(v) && !s.Any(char.IsAsciiDigit) => v,
            null => throw new BadField($"`{name}` is required.", Where(part, name)),
            var other => throw new BadField($"`{name}` '{other}' is not one of {string.Join(", ", System.Enum.GetNames<T>().Select(ConstantCase))}.", Where(part, name)),
        };

    private static string ConstantCase(string pascal) => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static string[] Where(string part, string name) => part == name ? [name] : [part, name];
}
