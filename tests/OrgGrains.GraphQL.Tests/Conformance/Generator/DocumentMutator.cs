using System.Text.Json.Nodes;

namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// Breaks a valid generated document in one named way, so that each validation rule (§5), the
/// parser (§2) and variable coercion (§6.1.2) see their failure cases: unknown fields, arguments,
/// types, fragments and directives; wrong argument types; missing required arguments; fragment
/// cycles; undefined and unused variables; overlapping fields; syntax breakage; and variable values
/// that cannot be coerced. A mutation that does not fit the document returns false and another is tried.
/// </summary>
internal sealed class DocumentMutator(SchemaModel schema, Random random)
{
    private readonly Dictionary<string, FieldDef> fieldsByName = schema.Types.Values
        .SelectMany(t => t.Fields)
        .GroupBy(f => f.Name)
        .ToDictionary(g => g.Key, g => g.First());

    private readonly InputValues values = new(schema, random);

    /// <summary>Mutations on the document tree, by name.</summary>
    private (string Name, Func<GeneratedDocument, bool> Apply)[] TreeMutations =>
    [
        ("unknown-field", UnknownField),
        ("misspelt-field", MisspeltField),
        ("unknown-argument", UnknownArgument),
        ("wrong-argument-type", WrongArgumentType),
        ("missing-required-argument", MissingRequiredArgument),
        ("duplicate-argument", DuplicateArgument),
        ("duplicate-input-field", DuplicateInputField),
        ("oneof-two-fields", OneOfTwoFields),
        ("fragment-cycle", FragmentCycle),
        ("unknown-fragment", UnknownFragment),
        ("unused-fragment", UnusedFragment),
        ("fragment-on-leaf-or-unknown-type", FragmentOnBadType),
        ("impossible-fragment-spread", ImpossibleSpread),
        ("undefined-variable", UndefinedVariable),
        ("unused-variable", UnusedVariable),
        ("duplicate-variable", DuplicateVariable),
        ("variable-not-input-type", VariableNotInputType),
        ("variable-in-wrong-position", VariableInWrongPosition),
        ("overlapping-fields", OverlappingFields),
        ("leaf-with-selection", LeafWithSelection),
        ("object-without-selection", ObjectWithoutSelection),
        ("unknown-directive", UnknownDirective),
        ("misplaced-directive", MisplacedDirective),
        ("duplicate-directive", DuplicateDirective),
        ("directive-missing-argument", DirectiveMissingArgument),
        ("duplicate-operation-name", DuplicateOperationName),
        ("anonymous-operation-not-alone", AnonymousNotAlone),
        ("operation-on-other-root", OperationOnOtherRoot),
    ];

    /// <summary>Breaks the document (or its variable values); returns the mutation's name, or a syntax mutation of <paramref name="text"/>.</summary>
    public (string Name, string Query, JsonObject? Variables) Mutate(GeneratedDocument generated)
    {
        var roll = random.Next(100);
        if (roll < 12) return SyntaxBreakage(generated.Document.Print());
        if (roll < 22 && BadVariableValues(generated) is { } variables)
            return ("bad-variable-values", generated.Document.Print(), variables);

        var mutations = TreeMutations;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var (name, apply) = mutations[random.Next(mutations.Length)];
            if (apply(generated)) return (name, generated.Document.Print(), generated.Variables);
        }
        return SyntaxBreakage(generated.Document.Print());
    }

    private (string, string, JsonObject?) SyntaxBreakage(string text)
    {
        var position = random.Next(text.Length);
        var broken = random.Next(7) switch
        {
            0 => DeleteOne(text, "}"),
            1 => DeleteOne(text, "{"),
            2 => text[..position],
            3 => text.Insert(position, Pick(["@", "#", "&", "!", "%", "$", "...", "\"", "1", "(", ":", "|", "\\"])),
            4 => DeleteOne(text, ":"),
            5 => text.Insert(position, Pick(["\u0007", "\"unterminated", "\"\"\"", "1.", "0x", "-", "\u00e9"])),
            _ => DeleteOne(text, ")"),
        };
        return ("syntax", broken, null);
    }

    private string DeleteOne(string text, string token)
    {
        var positions = Enumerable.Range(0, text.Length).Where(i => string.CompareOrdinal(text, i, token, 0, token.Length) == 0).ToList();
        return positions.Count == 0 ? text + "}" : text.Remove(positions[random.Next(positions.Count)], token.Length);
    }

    private JsonObject? BadVariableValues(GeneratedDocument generated)
    {
        var definitions = generated.Operation.Variables;
        if (definitions.Count == 0) return null;
        var variables = (JsonObject?)generated.Variables?.DeepClone() ?? [];
        var definition = definitions[random.Next(definitions.Count)];
        var type = TypeRef.Parse(definition.Type);
        var named = schema.Types[type.NamedType];
        if (type.NonNull && random.Next(3) == 0)
        {
            // Missing, or null for a non-null variable (§6.1.2).
            if (random.Next(2) == 0) variables.Remove(definition.Name);
            else variables[definition.Name] = null;
            return variables;
        }
        JsonNode? bad = named.Kind switch
        {
            TypeKind.Enum => random.Next(2) == 0 ? "NOT_A_VALUE" : 1,
            TypeKind.InputObject when named.IsOneOf => new JsonObject
            {
                [named.InputFields[0].Name] = values.Json(named.InputFields[0].Type with { NonNull = true }),
                [named.InputFields[1].Name] = values.Json(named.InputFields[1].Type with { NonNull = true }),
            },
            TypeKind.InputObject => random.Next(2) == 0 ? new JsonObject { ["unknownField"] = 1 } : "not an object",
            _ => named.Name switch
            {
                "Int" => random.Next(3) switch { 0 => 1.5, 1 => "7", _ => 4294967296L },
                "Float" => "1.5",
                "String" => random.Next(2) == 0 ? 7 : new JsonObject { ["not"] = "a string" },
                "Boolean" => "true",
                "ID" => random.Next(2) == 0 ? 1.5 : true,
                // A custom scalar takes any JSON value; only a missing non-null one fails.
                _ => null,
            },
        };
        if (bad is null && !type.NonNull) return null;
        variables[definition.Name] = type.IsList && bad is not null && random.Next(2) == 0 ? new JsonArray(bad) : bad;
        return variables;
    }

    private bool UnknownField(GeneratedDocument g)
    {
        var sets = g.Document.AllSelectionSets().ToList();
        var set = sets[random.Next(sets.Count)];
        set.Insert(random.Next(set.Count + 1), new GenField(Pick(["unknownField", "nme", "__typenam", "idd"])));
        return true;
    }

    private bool MisspeltField(GeneratedDocument g) => WithField(g, f => f.Name != "__typename", f =>
    {
        f.Name = random.Next(2) == 0 ? f.Name + "s" : char.ToUpperInvariant(f.Name[0]) + f.Name[1..];
    });

    private bool UnknownArgument(GeneratedDocument g) => WithField(g, f => f.Name != "__typename", f =>
        f.Args.Add(new GenArgument(Pick(["bogus", "limit", "first", "id"]) is var n && f.Args.All(a => a.Name != n) ? n : "bogus2", GenLiteral.Int(1))));

    private bool WrongArgumentType(GeneratedDocument g) => WithField(g, f => fieldsByName.ContainsKey(f.Name) && f.Args.Any(a => a.Value is not GenVariable), f =>
    {
        var arg = f.Args.Where(a => a.Value is not GenVariable).ElementAt(random.Next(f.Args.Count(a => a.Value is not GenVariable)));
        var type = fieldsByName[f.Name].Args.First(a => a.Name == arg.Name).Type;
        arg.Value = WrongLiteral(type);
    });

    private GenValue WrongLiteral(TypeRef type)
    {
        if (type.NonNull && random.Next(4) == 0) return GenLiteral.Null;
        var named = schema.Types[type.NamedType];
        return named.Kind switch
        {
            TypeKind.Enum => random.Next(2) == 0 ? GenLiteral.String(named.EnumValues[0]) : GenLiteral.Enum("NOT_A_VALUE"),
            TypeKind.InputObject => random.Next(2) == 0 ? GenLiteral.Int(5) : new GenObject([new GenArgument("notAField", GenLiteral.Boolean(true))]),
            TypeKind.Scalar => named.Name switch
            {
                "Int" => Pick<GenValue>([GenLiteral.String("1"), GenLiteral.Float("1.5"), GenLiteral.Int(3_000_000_000), GenLiteral.Enum("ONE")]),
                "Float" => Pick<GenValue>([GenLiteral.String("1.5"), GenLiteral.Boolean(true), GenLiteral.Enum("NaN")]),
                "String" => Pick<GenValue>([GenLiteral.Int(1), GenLiteral.Boolean(false), GenLiteral.Enum("TEXT")]),
                "Boolean" => Pick<GenValue>([GenLiteral.String("true"), GenLiteral.Int(0), GenLiteral.Enum("TRUE")]),
                "ID" => Pick<GenValue>([GenLiteral.Float("1.5"), GenLiteral.Boolean(true), GenLiteral.Enum("ID")]),
                // A custom scalar accepts every literal but a variable or a null for a non-null type.
                _ => GenLiteral.Null,
            },
            _ => GenLiteral.Null,
        };
    }

    private bool MissingRequiredArgument(GeneratedDocument g) =>
        WithField(g, f => f.Args.Any(a => IsRequiredArgument(f.Name, a.Name)), f =>
            f.Args.Remove(f.Args.First(a => IsRequiredArgument(f.Name, a.Name))));

    private bool IsRequiredArgument(string field, string arg) =>
        fieldsByName.TryGetValue(field, out var def) && def.Args.Any(a => a.Name == arg && a.IsRequired);

    private bool DuplicateArgument(GeneratedDocument g) => WithField(g, f => f.Args.Count > 0, f =>
    {
        var arg = f.Args[random.Next(f.Args.Count)];
        f.Args.Insert(random.Next(f.Args.Count + 1), new GenArgument(arg.Name, arg.Value));
    });

    private bool DuplicateInputField(GeneratedDocument g)
    {
        var objects = g.Document.AllFields().SelectMany(x => x.Field.Args).Select(a => a.Value).OfType<GenObject>().Where(o => o.Fields.Count > 0).ToList();
        if (objects.Count == 0) return false;
        var obj = objects[random.Next(objects.Count)];
        var field = obj.Fields[random.Next(obj.Fields.Count)];
        obj.Fields.Add(new GenArgument(field.Name, field.Value));
        return true;
    }

    private bool OneOfTwoFields(GeneratedDocument g) => WithField(g, f => OneOfArgument(f) is not null, f =>
    {
        var (arg, input) = OneOfArgument(f)!.Value;
        var present = ((GenObject)arg.Value).Fields;
        var other = input.InputFields.First(x => present.All(p => p.Name != x.Name));
        present.Add(new GenArgument(other.Name, random.Next(3) == 0 ? GenLiteral.Null : values.Literal(other.Type with { NonNull = true })));
    });

    private (GenArgument, TypeDef)? OneOfArgument(GenField f)
    {
        if (!fieldsByName.TryGetValue(f.Name, out var def)) return null;
        foreach (var arg in f.Args)
        {
            var type = def.Args.FirstOrDefault(a => a.Name == arg.Name)?.Type;
            if (type is { IsList: false } && arg.Value is GenObject && schema.Types[type.NamedType] is { IsOneOf: true } input) return (arg, input);
        }
        return null;
    }

    private bool FragmentCycle(GeneratedDocument g)
    {
        var fragments = g.Document.Fragments;
        if (fragments.Count == 0) return false;
        var a = fragments[random.Next(fragments.Count)];
        var b = fragments[random.Next(fragments.Count)];
        // a → b (an inline fragment keeps the spread valid whatever b's type), and b → a.
        a.Selections.Add(new GenInlineFragment(null, [new GenFragmentSpread(b.Name)]));
        if (a != b) b.Selections.Add(new GenFragmentSpread(a.Name));
        return true;
    }

    private bool UnknownFragment(GeneratedDocument g)
    {
        var sets = g.Document.AllSelectionSets().ToList();
        sets[random.Next(sets.Count)].Add(new GenFragmentSpread("MissingFragment"));
        return true;
    }

    private bool UnusedFragment(GeneratedDocument g)
    {
        var unused = new GenFragment("NeverSpread", schema.QueryType);
        unused.Selections.Add(new GenField("__typename"));
        g.Document.Fragments.Insert(random.Next(g.Document.Fragments.Count + 1), unused);
        return true;
    }

    private bool FragmentOnBadType(GeneratedDocument g)
    {
        var leafOrUnknown = Pick(["String", "Boolean", "NoSuchType", schema.Types.Values.First(t => t.Kind == TypeKind.Enum).Name,
            schema.Types.Values.First(t => t.Kind == TypeKind.InputObject).Name]);
        var inlines = InlineFragments(g).Where(i => i.TypeCondition is not null).ToList();
        if (g.Document.Fragments.Count > 0 && (inlines.Count == 0 || random.Next(2) == 0))
        {
            g.Document.Fragments[random.Next(g.Document.Fragments.Count)].TypeCondition = leafOrUnknown;
            return true;
        }
        if (inlines.Count == 0) return false;
        inlines[random.Next(inlines.Count)].TypeCondition = leafOrUnknown;
        return true;
    }

    private bool ImpossibleSpread(GeneratedDocument g)
    {
        var sets = g.Document.AllSelectionSets().ToList();
        var set = sets[random.Next(sets.Count)];
        var objects = schema.Types.Values.Where(t => t.Kind == TypeKind.Object).ToList();
        // One of these conditions cannot overlap whatever type the selection set is on (unless it is the type itself).
        var condition = objects[random.Next(objects.Count)];
        set.Add(new GenInlineFragment(condition.Name, [new GenField("__typename")]));
        return true;
    }

    private bool UndefinedVariable(GeneratedDocument g) => WithField(g, f => f.Args.Count > 0, f =>
        f.Args[random.Next(f.Args.Count)].Value = new GenVariable("undefinedVariable"));

    private bool UnusedVariable(GeneratedDocument g)
    {
        var op = g.Document.Operations[random.Next(g.Document.Operations.Count)];
        op.Variables.Add(new GenVariableDefinition("unusedVariable", Pick(["Int", "String!", "[Boolean]"])));
        return true;
    }

    private bool DuplicateVariable(GeneratedDocument g)
    {
        var op = g.Operation;
        if (op.Variables.Count == 0) return false;
        var v = op.Variables[random.Next(op.Variables.Count)];
        op.Variables.Add(new GenVariableDefinition(v.Name, v.Type) { DefaultValue = v.DefaultValue });
        return true;
    }

    private bool VariableNotInputType(GeneratedDocument g)
    {
        var op = g.Operation;
        if (op.Variables.Count == 0) return false;
        var v = op.Variables[random.Next(op.Variables.Count)];
        v.Type = Pick([schema.QueryType, schema.Types.Values.First(t => t.Kind == TypeKind.Union).Name, "Unknown"]) + (v.Type.EndsWith('!') ? "!" : "");
        v.DefaultValue = null;
        return true;
    }

    private bool VariableInWrongPosition(GeneratedDocument g)
    {
        var op = g.Operation;
        var nonNull = op.Variables.Where(v => v.Type.EndsWith('!') && v.DefaultValue is null).ToList();
        if (nonNull.Count > 0 && random.Next(3) != 0)
        {
            nonNull[random.Next(nonNull.Count)].Type = nonNull[0].Type[..^1];
            return true;
        }
        if (op.Variables.Count == 0) return false;
        var v = op.Variables[random.Next(op.Variables.Count)];
        var other = Pick(["Int", "String", "Float", "Boolean", "ID"]);
        if (TypeRef.Parse(v.Type).NamedType == other) return false;
        v.Type = other;
        v.DefaultValue = null;
        return true;
    }

    private bool OverlappingFields(GeneratedDocument g)
    {
        foreach (var set in g.Document.AllSelectionSets().OrderBy(_ => random.Next()))
        {
            var fields = set.OfType<GenField>().Where(f => f.Name != "__typename").ToList();
            if (fields.Count == 0) continue;
            var field = fields[random.Next(fields.Count)];
            var other = fields.FirstOrDefault(f => f.Name != field.Name && (f.Selections is null) == (field.Selections is null));
            if (other is not null && random.Next(2) == 0)
            {
                // Same response key, different fields (§5.3.2).
                other.Alias = field.ResponseKey;
                return true;
            }
            // Same response key and field, different arguments.
            var twin = new GenField(field.Name) { Alias = field.Alias, Selections = field.Selections };
            if (field.Args.Count > 0) twin.Args.AddRange(field.Args.Skip(1));
            else if (fieldsByName.TryGetValue(field.Name, out var def) && def.Args.Count > 0)
                twin.Args.Add(new GenArgument(def.Args[0].Name, values.Literal(def.Args[0].Type with { NonNull = true })));
            else twin.Alias = field.ResponseKey == "id" ? "title" : "id";
            if (twin.ResponseKey != field.ResponseKey && twin.Args.Count == 0)
            {
                // No argument to vary: alias another field onto this key instead.
                twin.Name = field.Name == "__typename" ? "id" : "__typename";
                twin.Alias = field.ResponseKey;
                twin.Selections = null;
            }
            set.Add(twin);
            return true;
        }
        return false;
    }

    private bool LeafWithSelection(GeneratedDocument g) => WithField(g, f => f.Selections is null, f =>
        f.Selections = [new GenField(Pick(["value", "__typename"]))]);

    private bool ObjectWithoutSelection(GeneratedDocument g) => WithField(g, f => f.Selections is not null, f => f.Selections = null);

    private bool UnknownDirective(GeneratedDocument g) => WithField(g, _ => true, f => f.Directives.Add(new GenDirective("unknownDirective", [])));

    private bool MisplacedDirective(GeneratedDocument g)
    {
        var spreads = g.Document.AllSelectionSets().SelectMany(s => s).Where(s => s is GenFragmentSpread or GenInlineFragment).ToList();
        if (spreads.Count == 0)
        {
            // @skip is not allowed on an operation; @tag only on fields and fragments.
            g.Operation.Directives.Add(new GenDirective(random.Next(2) == 0 ? "tag" : "include", [new GenArgument(random.Next(2) == 0 ? "name" : "if", GenLiteral.Boolean(true))]));
            return true;
        }
        spreads[random.Next(spreads.Count)].Directives.Add(new GenDirective("trace", []));
        return true;
    }

    private bool DuplicateDirective(GeneratedDocument g) => WithField(g, _ => true, f =>
    {
        var directive = random.Next(2) == 0 ? new GenDirective("trace", []) : new GenDirective("skip", [new GenArgument("if", GenLiteral.Boolean(false))]);
        f.Directives.Add(directive);
        f.Directives.Add(directive);
    });

    private bool DirectiveMissingArgument(GeneratedDocument g) => WithField(g, _ => true, f =>
        f.Directives.Add(random.Next(2) == 0
            ? new GenDirective(Pick(["skip", "include", "tag"]), [])
            : new GenDirective("include", [new GenArgument("if", GenLiteral.Boolean(true)), new GenArgument("unless", GenLiteral.Boolean(true))])));

    private bool DuplicateOperationName(GeneratedDocument g)
    {
        var named = g.Document.Operations.FirstOrDefault(o => o.Name is not null);
        if (named is null) return false;
        var copy = new GenOperation(Pick(["query", schema.MutationType is null ? "query" : "mutation"]), named.Name);
        copy.Selections.Add(new GenField("__typename"));
        g.Document.Operations.Add(copy);
        return true;
    }

    private bool AnonymousNotAlone(GeneratedDocument g)
    {
        var anonymous = new GenOperation("query", null);
        anonymous.Selections.Add(new GenField("__typename"));
        g.Document.Operations.Insert(random.Next(g.Document.Operations.Count + 1), anonymous);
        return true;
    }

    private bool OperationOnOtherRoot(GeneratedDocument g)
    {
        // The selections now sit on the other root type, whose fields they do not name. (An operation
        // type the schema has no root for is a listed departure, §5.2.1.1; hand-written cases cover it.)
        if (schema.MutationType is null) return false;
        g.Operation.Kind = g.Operation.Kind == "query" ? "mutation" : "query";
        return true;
    }

    private IEnumerable<GenInlineFragment> InlineFragments(GeneratedDocument g) =>
        g.Document.AllSelectionSets().SelectMany(s => s).OfType<GenInlineFragment>();

    private bool WithField(GeneratedDocument g, Func<GenField, bool> fits, Action<GenField> mutate)
    {
        var candidates = g.Document.AllFields().Select(x => x.Field).Where(fits).ToList();
        if (candidates.Count == 0) return false;
        mutate(candidates[random.Next(candidates.Count)]);
        return true;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
