using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>What two outcomes of a case can disagree on, from the earliest stage to the last.</summary>
internal enum Aspect
{
    /// <summary>Where the request stopped: schema, parse, validation, request (§6.1) or execution.</summary>
    Stage,
    /// <summary>§2: the line and column of the syntax error.</summary>
    SyntaxErrorLocation,
    /// <summary>§5: the locations of the validation errors.</summary>
    ValidationErrorLocations,
    /// <summary>§5: the messages of the validation errors (graphql-js's wording is the reference).</summary>
    ValidationErrorMessages,
    /// <summary>§6.1: the locations of the request errors (operation selection, variable coercion).</summary>
    RequestErrorLocations,
    /// <summary>§6: the response's data.</summary>
    Data,
    /// <summary>§7.1.2: the paths of the field errors.</summary>
    FieldErrorPaths,
}

internal sealed record Difference(Aspect Aspect, string Detail);

/// <summary>
/// Compares our engine's outcome of a case with graphql-js's, stage by stage. Error lists are compared
/// as multisets (the spec fixes no order for them); data is compared with its field order (§6.3:
/// the response's map is ordered as the fields were selected) and numbers by value (1.0 equals 1).
/// </summary>
internal static class OutcomeComparison
{
    public static IReadOnlyList<Difference> Compare(JsonObject ours, JsonObject theirs)
    {
        var stage = (string?)ours["stage"];
        if (stage != (string?)theirs["stage"])
            return [new Difference(Aspect.Stage, $"ours stopped at {stage}, graphql-js at {theirs["stage"]}")];

        var differences = new List<Difference>();
        var ourErrors = Errors(ours);
        var theirErrors = Errors(theirs);
        switch (stage)
        {
            case "parse":
                Expect(differences, Aspect.SyntaxErrorLocation, ourErrors.Select(Locations).FirstOrDefault() ?? "", theirErrors.Select(Locations).FirstOrDefault() ?? "");
                break;
            case "validation":
                Expect(differences, Aspect.ValidationErrorLocations, Multiset(ourErrors.Select(Locations)), Multiset(theirErrors.Select(Locations)));
                Expect(differences, Aspect.ValidationErrorMessages, Multiset(ourErrors.Select(Message)), Multiset(theirErrors.Select(Message)));
                break;
            case "request":
                Expect(differences, Aspect.RequestErrorLocations, Multiset(ourErrors.Select(Locations)), Multiset(theirErrors.Select(Locations)));
                break;
            case "execution":
                var ourData = ours["result"]?["data"];
                var theirData = theirs["result"]?["data"];
                if (!JsonEquivalent(ourData, theirData))
                    differences.Add(new Difference(Aspect.Data, $"ours {Show(ourData)}\n   graphql-js {Show(theirData)}"));
                Expect(differences, Aspect.FieldErrorPaths, Multiset(ourErrors.Select(e => Show(e["path"]))), Multiset(theirErrors.Select(e => Show(e["path"]))));
                break;
        }
        return differences;
    }

    private static double Number(JsonValue value) =>
        double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static void Expect(List<Difference> differences, Aspect aspect, string ours, string theirs)
    {
        if (ours != theirs) differences.Add(new Difference(aspect, $"ours {ours}\n   graphql-js {theirs}"));
    }

    private static List<JsonObject> Errors(JsonObject outcome) =>
        outcome["result"]?["errors"] is JsonArray errors ? errors.OfType<JsonObject>().ToList() : [];

    private static string Message(JsonObject error) => (string?)error["message"] ?? "";

    private static string Locations(JsonObject error) =>
        error["locations"] is JsonArray locations
            ? string.Join(" ", locations.Select(l => $"{l?["line"]}:{l?["column"]}"))
            : "-";

    private static string Multiset(IEnumerable<string> items) =>
        "[" + string.Join(" | ", items.Order(StringComparer.Ordinal)) + "]";

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";

    /// <summary>JSON equality with object members in order and numbers compared by value.</summary>
    public static bool JsonEquivalent(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonObject x, JsonObject y):
                if (x.Count != y.Count) return false;
                using (var xs = x.GetEnumerator())
                using (var ys = y.GetEnumerator())
                {
                    while (xs.MoveNext() && ys.MoveNext())
                        if (xs.Current.Key != ys.Current.Key || !JsonEquivalent(xs.Current.Value, ys.Current.Value)) return false;
                }
                return true;
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => JsonEquivalent(p.First, p.Second));
            case (JsonValue x, JsonValue y):
                var kind = x.GetValueKind();
                if (kind != y.GetValueKind()) return false;
                return kind switch
                {
                    JsonValueKind.Number => Number(x) == Number(y),
                    JsonValueKind.String => x.GetValue<string>() == y.GetValue<string>(),
                    _ => true, // true, false, null: the kind is the value
                };
            default:
                return false;
        }
    }
}
