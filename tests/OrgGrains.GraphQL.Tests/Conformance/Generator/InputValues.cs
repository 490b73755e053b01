using System.Globalization;
using System.Text.Json.Nodes;

namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// Random valid input values for a type: as GraphQL literals (arguments, defaults) and as JSON
/// (variable values), including the coercions the spec allows — a single item for a list (§3.11),
/// an Int for a Float or ID, omitted optional fields, defaults (§3.10).
/// </summary>
internal sealed class InputValues(SchemaModel schema, Random random)
{
    private static readonly string[] Words =
        ["alpha", "Beta", "", "two words", "ünïcödé", "😀 emoji", "quote\"d", "back\\slash", "tab\there", "line\nbreak", "x"];

    private static readonly string[] FloatLiterals = ["1.5", "-0.25", "3", "0", "1e3", "2.5E-2", "-7", "123.456"];

    /// <summary>
    /// A literal of <paramref name="type"/>. <paramref name="nested"/>, when given, may answer for a list
    /// item or input-object field instead (a variable there); default values pass none, as they are const.
    /// </summary>
    public GenValue Literal(TypeRef type, int depth = 0, Func<TypeRef, GenValue?>? nested = null)
    {
        if (!type.NonNull && random.Next(10) == 0) return GenLiteral.Null;
        if (type.IsList)
        {
            // A single item for a list (§3.11 input coercion); no variables inside it, as validation
            // (§5.8.5) types the positions in a literal by the literal's shape, not by coercion.
            if (random.Next(4) == 0) return Literal(type.OfType!, depth + 1);
            var items = new List<GenValue>();
            for (var i = random.Next(depth > 2 ? 2 : 4); i > 0; i--) items.Add(nested?.Invoke(type.OfType!) ?? Literal(type.OfType!, depth + 1, nested));
            return new GenList(items);
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case TypeKind.Enum:
                return GenLiteral.Enum(Pick(named.EnumValues));
            case TypeKind.InputObject:
                return new GenObject(InputFields(named)
                    .Select(f => new GenArgument(f.Name, nested?.Invoke(f.OneOfType ?? f.Type) ?? Literal(f.OneOfType ?? f.Type, depth + 1, nested)))
                    .ToList());
        }
        return named.Name switch
        {
            "Int" => GenLiteral.Int(SmallInt()),
            "Float" => GenLiteral.Float(Pick(FloatLiterals)),
            "String" => random.Next(8) == 0 ? GenLiteral.String(Pick(["block", "  indented block", "two\n  lines"]), block: true) : GenLiteral.String(Pick(Words)),
            "Boolean" => GenLiteral.Boolean(random.Next(2) == 0),
            "ID" => random.Next(2) == 0 ? GenLiteral.Int(random.Next(1, 10_000)) : GenLiteral.String($"id-{random.Next(1000)}"),
            // Custom scalars accept any literal (graphql-js's default parseLiteral).
            _ => random.Next(3) switch
            {
                0 => GenLiteral.Int(SmallInt()),
                1 => new GenObject([new GenArgument("k", GenLiteral.String(Pick(Words))), new GenArgument("n", new GenList([GenLiteral.Int(1), GenLiteral.Null]))]),
                _ => GenLiteral.String(Pick(Words)),
            },
        };
    }

    public JsonNode? Json(TypeRef type, int depth = 0)
    {
        if (!type.NonNull && random.Next(10) == 0) return null;
        if (type.IsList)
        {
            if (random.Next(5) == 0) return Json(type.OfType!, depth + 1);
            var items = new JsonArray();
            for (var i = random.Next(depth > 2 ? 2 : 4); i > 0; i--) items.Add(Json(type.OfType!, depth + 1));
            return items;
        }
        var named = schema[type.Name!];
        switch (named.Kind)
        {
            case TypeKind.Enum:
                return Pick(named.EnumValues);
            case TypeKind.InputObject:
                var obj = new JsonObject();
                foreach (var f in InputFields(named)) obj[f.Name] = Json(f.OneOfType ?? f.Type, depth + 1);
                return obj;
        }
        return named.Name switch
        {
            "Int" => SmallInt(),
            "Float" => random.Next(3) == 0 ? random.Next(-50, 50) : Math.Round(random.NextDouble() * 200 - 100, 3),
            "String" => Pick(Words),
            "Boolean" => random.Next(2) == 0,
            "ID" => random.Next(2) == 0 ? JsonValue.Create(random.Next(1, 10_000)) : JsonValue.Create($"id-{random.Next(1000)}"),
            _ => random.Next(3) switch
            {
                0 => SmallInt(),
                1 => new JsonObject { ["k"] = Pick(Words), ["n"] = new JsonArray(1, null) },
                _ => Pick(Words),
            },
        };
    }

    /// <summary>Random JSON data a resolver might hand back for a leaf type (always a valid result).</summary>
    public JsonNode? LeafResult(TypeDef leaf) => leaf.Kind == TypeKind.Enum
        ? JsonValue.Create(Pick(leaf.EnumValues))
        : leaf.Name switch
        {
            "Int" => random.Next(-100_000, 100_000),
            "Float" => random.Next(4) == 0 ? random.Next(-10, 10) : Math.Round(random.NextDouble() * 2000 - 1000, 2),
            "String" => Pick(Words),
            "Boolean" => random.Next(2) == 0,
            "ID" => random.Next(3) == 0 ? JsonValue.Create(random.Next(100_000)) : JsonValue.Create($"{leaf.Name.ToLowerInvariant()}-{random.Next(100_000)}"),
            _ => random.Next(4) switch
            {
                0 => random.Next(1000),
                1 => new JsonObject { ["nested"] = new JsonArray("a", 1, true, null) },
                2 => new JsonArray(1.5, "x"),
                _ => "custom-" + random.Next(1000).ToString(CultureInfo.InvariantCulture),
            },
        };

    /// <summary>Fields to give an input object: every required one, some optional ones; exactly one for @oneOf (§3.10.1).</summary>
    private IEnumerable<(string Name, TypeRef Type, TypeRef? OneOfType)> InputFields(TypeDef input)
    {
        if (input.IsOneOf)
        {
            var chosen = Pick(input.InputFields);
            yield return (chosen.Name, chosen.Type, chosen.Type with { NonNull = true });
            yield break;
        }
        foreach (var f in input.InputFields)
            if (f.IsRequired || random.Next(2) == 0) yield return (f.Name, f.Type, null);
    }

    private int SmallInt() => random.Next(10) == 0 ? Pick([int.MaxValue, int.MinValue, 0, -1]) : random.Next(-20, 200);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
