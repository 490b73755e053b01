using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;

namespace OrgGrains.Api.Tests.Authorization;

/// <summary>Every root field of the schema (and every private field) as every role and as an
/// anonymous caller, against the checked-in authorization-matrix.txt.</summary>
public sealed class AuthorizationMatrixTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private ApiSilo Silo => fixture.Silo;

    private static Caller[] Callers(MatrixUnits units) =>
    [
        Caller.Anonymous,
        Caller.SignedIn("matrix-reader", OrgRoles.Reader),
        Caller.SignedIn("matrix-contributor", OrgRoles.Contributor, [units.D1]),
        Caller.SignedIn("matrix-elsewhere", OrgRoles.Contributor, [units.D2]),
        Caller.SignedIn("matrix-integration", OrgRoles.Integration),
        Caller.SignedIn("matrix-steering", OrgRoles.Steering),
        Caller.SignedIn("matrix-admin", OrgRoles.Admin),
    ];

    private async Task<MatrixUnits> CreateUnitsAsync()
    {
        string u = Guid.NewGuid().ToString("N")[..8];
        var units = new MatrixUnits("d1-" + u, "d2-" + u, "p1-" + u, "per-" + u, "net-" + u, "lab-" + u, "dep-" + u);
        async Task Create(string mutation, string inputType, object input)
        {
            var payload = (await Silo.DataAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ userErrors {{ code message }} }} }}", new { input }))
                .GetProperty(mutation);
            Assert.True(payload.GetProperty("userErrors").GetArrayLength() == 0, $"{mutation}: {payload}");
        }

        await Create("createDomain", "CreateDomainInput", new { key = units.D1, name = "Claims", description = "Claims" });
        await Create("createDomain", "CreateDomainInput", new { key = units.D2, name = "Pricing", description = "Pricing" });
        await Create("createPod", "CreatePodInput", new { key = units.P1, name = "Fraud", mission = "Find fraud", domainKey = units.D1 });
        await Create("createPerson", "CreatePersonInput", new { key = units.Person, name = "Ada", email = "ada@example.org", discipline = "DATA_SCIENCE" });
        await Create("createCapabilityNetwork", "CreateCapabilityNetworkInput", new { key = units.Network, name = "NLP", discipline = "DATA_SCIENCE" });
        await Create("createInnovationLab", "CreateInnovationLabInput", new { key = units.Lab, name = "Agents", theme = "Agents" });
        await Create("createDependency", "CreateDependencyInput", new
        {
            key = units.Dependency, consumerId = GlobalId.Encode(UnitRef.Pod(units.P1)), providerId = GlobalId.Encode(UnitRef.Network(units.Network)),
            kind = "EXPERTISE", description = "Review",
        });
        return units;
    }

    private static IEnumerable<string> RootFields(GraphQL.Types.GraphQLSchema schema) =>
        new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType }.SelectMany(t => t!.Fields.Select(f => t.Name + "." + f.Name));

    [Fact]
    public void Every_root_field_of_the_schema_has_a_row_in_the_matrix_and_every_row_a_field()
    {
        var rows = MatrixTable.Read();
        var roots = RootFields(Silo.Executor.Schema).ToHashSet();
        var missing = roots.Where(f => !rows.ContainsKey(f)).ToList();
        Assert.True(missing.Count == 0, $"Fields without a row in authorization-matrix.txt (say who may use them): {string.Join(", ", missing)}");
        var unknown = rows.Keys.Where(r => !roots.Contains(r)
            && (Silo.Executor.Schema.GetType(r.Split('.')[0]) as GraphQL.Types.ComplexType)?.GetField(r.Split('.')[1]) is null).ToList();
        Assert.True(unknown.Count == 0, $"Rows naming no field of the schema: {string.Join(", ", unknown)}");
    }

    [Fact]
    public async Task Every_field_is_allowed_or_refused_for_every_caller_as_the_matrix_says()
    {
        var rows = MatrixTable.Read();
        var units = await CreateUnitsAsync();
        var samples = new SampleOperations(Silo.Executor.Schema, units);
        var callers = Callers(units);
        var wrong = new List<string>();
        foreach (var (row, expected) in rows)
        {
            var (type, field) = (row.Split('.')[0], row.Split('.')[1]);
            for (int c = 0; c < callers.Length; c++)
            {
                var (document, variables) = samples.For(type, field);
                var refusal = await RefusalAsync(document, variables, callers[c]);
                if ((refusal is null) != expected[c])
                    wrong.Add($"{row} as {MatrixTable.Columns[c]}: expected {(expected[c] ? "allowed" : "refused")}, got {refusal ?? "allowed"}");
                else if (refusal is not null && !refusal.StartsWith(callers[c].IsAuthenticated ? "FORBIDDEN" : "UNAUTHENTICATED", StringComparison.Ordinal))
                    wrong.Add($"{row} as {MatrixTable.Columns[c]}: refused with {refusal}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>The refusal's code, message and path; null when authorization let the field run
    /// (user errors such as NOT_FOUND mean it did).</summary>
    private async Task<string?> RefusalAsync(string document, Dictionary<string, object?> variables, Caller caller)
    {
        var result = await Silo.Executor.ExecuteAsync(ApiSilo.Request(document, variables, caller));
        if (result.Stream is { } stream)
        {
            await stream.GetAsyncEnumerator().DisposeAsync();
            return null;
        }

        var refusal = result.Errors?.FirstOrDefault(e => e.Code is "FORBIDDEN" or "UNAUTHENTICATED");
        if (refusal is null)
        {
            var other = result.Errors?.FirstOrDefault(e => e.Code is not ("INVALID_ID" or "INVALID_ARGUMENT"));
            Assert.True(other is null, $"{document} as {caller.Actor} failed for another reason: {result.ToJson()}");
            return null;
        }

        Assert.True(refusal.Path is { Count: > 0 }, $"{document}: the refusal has no path: {result.ToJson()}");
        return $"{refusal.Code} at {string.Join('.', refusal.Path!)}: {refusal.Message}";
    }
}
