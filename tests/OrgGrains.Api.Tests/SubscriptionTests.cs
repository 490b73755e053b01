using System.Text.Json;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.Api.Tests;

public sealed class SubscriptionTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private ApiSilo Silo => fixture.Silo;

    private async Task<IAsyncEnumerator<ExecutionResult>> SubscribeAsync(string query, object? variables, CancellationToken cancellationToken)
    {
        var result = await Silo.Executor.ExecuteAsync(ApiSilo.Request(query, variables), cancellationToken);
        Assert.True(result.Stream is not null, $"Not a stream: {result.ToJson()}");
        return result.Stream.GetAsyncEnumerator(cancellationToken);
    }

    [Fact]
    public async Task Unit_changed_delivers_a_change_of_the_unit_with_its_actor()
    {
        string domain = $"dom-{Guid.NewGuid():N}"[..16];
        await Silo.DataAsync("mutation($input: CreateDomainInput!) { createDomain(input: $input) { userErrors { code } } }",
            new { input = new { key = domain, name = "Underwriting", description = "Risk" } });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var changes = await SubscribeAsync("subscription($id: ID!) { unitChanged(id: $id) { action actor unit { ... on Domain { key name } } } }",
            new { id = GlobalId.Encode(Model.UnitRef.Domain(domain)) }, timeout.Token);
        var next = changes.MoveNextAsync();
        await Silo.DataAsync("mutation($input: UpdateDomainInput!) { updateDomain(input: $input) { userErrors { code } } }",
            new { input = new { key = domain, name = "Underwriting & pricing" } });
        Assert.True(await next, "No change arrived.");
        var change = JsonDocument.Parse(changes.Current.ToJson()).RootElement.GetProperty("data").GetProperty("unitChanged");
        Assert.Equal("test-actor", change.GetProperty("actor").GetString());
        Assert.Equal("Underwriting & pricing", change.GetProperty("unit").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Organisation_changed_delivers_the_new_state()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var changes = await SubscribeAsync("subscription { organisationChanged { initiatives { id } } }", null, timeout.Token);
        var next = changes.MoveNextAsync();
        string initiative = $"ini-{Guid.NewGuid():N}"[..16];
        await Silo.DataAsync("mutation($input: InitiativeInput!) { upsertInitiative(input: $input) { userErrors { code } } }",
            new { input = new { id = initiative, title = "Straight-through claims", businessValue = 8, timeCriticality = 5, riskReduction = 3, jobSize = 2 } });
        // Other changes (roll-ups of earlier tests' units) may come first; the initiative's must come.
        bool seen = false;
        while (await next)
        {
            var org = JsonDocument.Parse(changes.Current.ToJson()).RootElement.GetProperty("data").GetProperty("organisationChanged");
            seen = org.GetProperty("initiatives").EnumerateArray().Any(i => i.GetProperty("id").GetString() == initiative);
            if (seen)
                break;
            next = changes.MoveNextAsync();
        }

        Assert.True(seen);
    }
}
