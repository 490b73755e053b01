using System.Text.Json.Nodes;

namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// Builds the root value an operation reads through the default field resolver: for every field the
/// operation selects (through aliases, inline fragments and fragment spreads) the parent object gets a
/// property of the field's name, and objects of abstract types carry a "__typename". With faults
/// switched on, some values break their type — null where non-null is promised, a string for an Int,
/// an unknown enum value, a "__typename" the abstract type cannot resolve to — so that null
/// propagation (§6.4.4) and field errors with paths are compared too.
/// </summary>
internal sealed class RootValueGenerator(SchemaModel schema, Random random, GenDocument document, double faultRate)
{
    private readonly InputValues values = new(schema, random);

    public JsonObject For(GenOperation operation)
    {
        var root = new JsonObject();
        var rootType = schema[operation.Kind == "mutation" ? schema.MutationType! : schema.QueryType];
        Populate([root], rootType, operation.Selections, []);
        return root;
    }

    private void Populate(List<JsonObject> objects, TypeDef type, List<GenSelection> selections, HashSet<string> fragmentsOnPath)
    {
        if (objects.Count == 0) return;
        foreach (var selection in selections)
        {
            switch (selection)
            {
                case GenField field when type.Field(field.Name) is { } definition:
                    foreach (var obj in objects)
                        if (!obj.ContainsKey(field.Name)) obj[field.Name] = Value(definition.Type);
                    if (field.Selections is not null)
                    {
                        var children = objects.SelectMany(o => Objects(o[field.Name])).ToList();
                        Populate(children, schema[definition.Type.NamedType], field.Selections, fragmentsOnPath);
                    }
                    break;
                case GenInlineFragment inline:
                    var condition = inline.TypeCondition is null ? type : schema.Types.GetValueOrDefault(inline.TypeCondition);
                    if (condition is { IsComposite: true }) Populate(Matching(objects, condition), condition, inline.Selections, fragmentsOnPath);
                    break;
                case GenFragmentSpread spread:
                    // Mutated documents may spread unknown or cyclic fragments; data is only needed for the valid parts.
                    if (document.Fragment(spread.Name) is not { } fragment || !fragmentsOnPath.Add(fragment.Name)) break;
                    if (schema.Types.GetValueOrDefault(fragment.TypeCondition) is { IsComposite: true } fragmentType)
                        Populate(Matching(objects, fragmentType), fragmentType, fragment.Selections, fragmentsOnPath);
                    fragmentsOnPath.Remove(fragment.Name);
                    break;
            }
        }
    }

    private List<JsonObject> Matching(List<JsonObject> objects, TypeDef condition) =>
        objects.Where(o => o["__typename"] is JsonValue v && v.TryGetValue<string>(out var name)
            && schema.Types.GetValueOrDefault(name) is { } concrete && schema.Satisfies(concrete, condition)).ToList();

    private static IEnumerable<JsonObject> Objects(JsonNode? value) => value switch
    {
        JsonObject obj => [obj],
        JsonArray list => list.SelectMany(Objects),
        _ => [],
    };

    private JsonNode? Value(TypeRef type)
    {
        if (random.NextDouble() < faultRate) return Fault(type);
        if (!type.NonNull && random.Next(8) == 0) return null;
        if (type.IsList)
        {
            var list = new JsonArray();
            for (var i = random.Next(4); i > 0; i--) list.Add(Value(type.OfType!));
            return list;
        }
        var named = schema[type.Name!];
        if (named.IsLeaf) return values.LeafResult(named);
        var possible = schema.PossibleTypes(named);
        return new JsonObject { ["__typename"] = possible[random.Next(possible.Count)].Name };
    }

    private JsonNode? Fault(TypeRef type)
    {
        if (type.NonNull && random.Next(2) == 0) return null;
        if (type.IsList) return random.Next(2) == 0 ? 5 : new JsonObject { ["not"] = "a list" };
        var named = schema[type.Name!];
        return named.Kind switch
        {
            TypeKind.Enum => "NOT_A_VALUE",
            TypeKind.Scalar => named.Name switch
            {
                "Int" => random.Next(3) switch { 0 => "abc", 1 => 1.5, _ => 2147483648L },
                "Float" => "not a number",
                "String" or "ID" => new JsonObject { ["an"] = "object" },
                "Boolean" => "yes",
                _ => null,
            },
            _ when named.IsAbstract => random.Next(3) switch
            {
                0 => new JsonObject { ["__typename"] = "Nope" },
                1 => new JsonObject(),
                _ => new JsonObject { ["__typename"] = schema.QueryType },
            },
            _ => "not an object",
        };
    }
}
