using System.Text.RegularExpressions;

namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>
/// The cases where graphql-js departs from the specification and we follow the specification, read
/// from the table in docs/graphql-conformance.md: <c>| `case id` | §section | reason |</c>.
/// </summary>
internal static partial class KnownDepartures
{
    public static IReadOnlyDictionary<string, string> Load()
    {
        var departures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(RepositoryPaths.Departures))
        {
            var row = Row().Match(line);
            if (!row.Success) continue;
            var id = row.Groups["id"].Value;
            if (!departures.TryAdd(id, row.Groups["section"].Value))
                throw new FormatException($"docs/graphql-conformance.md lists {id} twice.");
        }
        return departures;
    }

    [GeneratedRegex(@"^\|\s*`(?<id>[^`]+)`\s*\|\s*(?<section>§[\d.]+)[^|]*\|\s*\S")]
    private static partial Regex Row();
}
