using OrgGrains.GraphQL.Conformance;

namespace OrgGrains.GraphQL.Tests.Conformance.Generator;

/// <summary>
/// Seeded random conformance cases over <see cref="GeneratorSchemas"/>. Case <c>i</c> of seed <c>s</c>
/// depends on nothing but (s, i), so a failing case is reproduced from the two numbers in its id,
/// <c>gen:{seed}:{index}:{schema}:{kind}</c>. About half are valid documents (a third of those with
/// faulty root values), half are valid documents broken one way by <see cref="DocumentMutator"/>;
/// one in 25 is a schema case instead (<see cref="SchemaMutator"/>).
/// </summary>
internal static class CaseGenerator
{
    public static IEnumerable<ConformanceCase> Generate(int seed, int count, int first = 0)
    {
        for (var index = first; index < first + count; index++) yield return Case(seed, index);
    }

    public static ConformanceCase Case(int seed, int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var schema = GeneratorSchemas.All[index % GeneratorSchemas.All.Count];
        if (random.Next(25) == 0)
        {
            var (schemaKind, sdl, schemaQuery) = new SchemaMutator(schema, random).Mutate();
            return new ConformanceCase($"gen:{seed}:{index}:{schema.Name}:schema-{schemaKind}", sdl, new System.Text.Json.Nodes.JsonObject { ["extra"] = 1 }, schemaQuery);
        }
        var generated = new DocumentGenerator(schema, random).Generate();

        var roll = random.Next(100);
        var faultRate = roll < 15 ? 0.08 : 0;
        var rootValue = new RootValueGenerator(schema, random, generated.Document, faultRate).For(generated.Operation);

        string kind, query;
        var variables = generated.Variables;
        if (roll < 50)
        {
            kind = faultRate > 0 ? "valid-faulty-data" : "valid";
            query = generated.Document.Print();
        }
        else
        {
            (kind, query, variables) = new DocumentMutator(schema, random).Mutate(generated);
        }
        return new ConformanceCase($"gen:{seed}:{index}:{schema.Name}:{kind}", schema.Sdl, rootValue, query, variables, generated.OperationName);
    }
}
