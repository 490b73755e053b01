namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// Schema cases (§3): a generated schema's SDL with one addition or change that makes it invalid
/// (or, for a few, keeps it valid), so the two engines' schema verdicts are compared too.
/// </summary>
internal sealed class SchemaMutator(SchemaModel schema, Random random)
{
    public (string Kind, string Sdl, string Query) Mutate()
    {
        var objects = Of(TypeKind.Object).Where(t => t.Name != schema.QueryType && t.Name != schema.MutationType).ToList();
        var interfaces = Of(TypeKind.Interface);
        var inputs = Of(TypeKind.InputObject);
        var obj = Pick(objects);
        var iface = Pick(interfaces);
        var input = Pick(inputs);
        var sdl = schema.Sdl;
        var query = "{ __typename }";
        string kind;
        switch (random.Next(20))
        {
            case 0: kind = "duplicate-type"; sdl += $"\ntype {obj.Name} {{ x: Int }}\n"; break;
            case 1: kind = "unknown-type-reference"; sdl += "\ntype Extra { x: Missing }\n"; break;
            case 2: kind = "interface-field-missing"; sdl += $"\ntype Extra implements {iface.Name} {{ unrelated: Int }}\n"; break;
            case 3:
                kind = "interface-field-wrong-type";
                sdl += $"\ntype Extra implements {iface.Name} {{ {string.Join(" ", iface.Fields.Select((f, i) => i == 0 ? $"{f.Name}: Boolean" : f.ToString()))} }}\n";
                break;
            case 4: kind = "union-of-scalar"; sdl += $"\nunion BadUnion = String | {obj.Name}\n"; break;
            case 5: kind = "input-field-of-output-type"; sdl += $"\ninput BadInput {{ x: {obj.Name} }}\n"; break;
            case 6: kind = "output-field-of-input-type"; sdl += $"\ntype BadOutput {{ x: {input.Name} }}\n"; break;
            case 7: kind = "empty-enum"; sdl += "\nenum Empty\n"; break;
            case 8: kind = "duplicate-field-by-extension"; sdl += $"\nextend type {obj.Name} {{ {obj.Fields[0]} }}\n"; break;
            case 9: kind = "oneof-non-null-field"; sdl += "\ninput BadOneOf @oneOf { a: Int! b: String }\n"; break;
            case 10: kind = "reserved-name"; sdl += "\ntype __Bad { x: Int }\n"; break;
            case 11: kind = "unknown-directive"; sdl += "\ntype Extra @unknown { x: Int }\n"; break;
            case 12: kind = "syntax"; sdl += "\ntype Broken {\n"; break;
            case 13: kind = "argument-of-output-type"; sdl += $"\ntype BadArgs {{ f(x: {obj.Name}): Int }}\n"; break;
            case 14: kind = "missing-query-root"; sdl = sdl.Replace($"query: {schema.QueryType}", "query: Nope", StringComparison.Ordinal); break;
            case 15: kind = "non-null-input-cycle"; sdl += "\ninput Loop { self: Loop! }\n"; break;
            case 16: kind = "root-of-input-type"; sdl = sdl.Replace($"query: {schema.QueryType}", $"query: {input.Name}", StringComparison.Ordinal); break;
            case 17: kind = "oneof-field-with-default"; sdl += "\ninput BadOneOf @oneOf { a: Int = 1 b: String }\n"; break;
            case 18:
                kind = "valid-extension";
                sdl += $"\nextend type {schema.QueryType} {{ extra: Int }}\n";
                query = "{ extra __typename }";
                break;
            default:
                // An implementation names its interface's interfaces too (§3.6.2: transitive).
                kind = "valid-unused-types";
                sdl += $"\ninterface Lonely {{ x: Int }}\ntype Extra implements {string.Join(" & ", iface.Interfaces.Prepend(iface.Name).Prepend("Lonely"))} {{ x: Int {string.Join(" ", iface.Fields)} }}\n";
                break;
        }
        return (kind, sdl, query);
    }

    private List<TypeDef> Of(TypeKind kind) => schema.Types.Values.Where(t => t.Kind == kind).ToList();

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
