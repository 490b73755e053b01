namespace OrgGrains.GraphQL.Language.Tests;

public sealed class DirectiveLocationTests
{
    [Theory]
    [InlineData("QUERY", DirectiveLocation.Query)]
    [InlineData("VARIABLE_DEFINITION", DirectiveLocation.VariableDefinition)]
    [InlineData("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition)]
    [InlineData("DIRECTIVE_DEFINITION", DirectiveLocation.DirectiveDefinition)]
    public void Maps_the_spec_spelling_both_ways(string name, DirectiveLocation location)
    {
        Assert.True(DirectiveLocations.TryParse(name, out var parsed));
        Assert.Equal(location, parsed);
        Assert.Equal(name, location.ToName());
    }

    [Theory]
    [InlineData("query")]
    [InlineData("INCORRECT_LOCATION")]
    [InlineData("")]
    public void Rejects_anything_else(string name) => Assert.False(DirectiveLocations.TryParse(name, out _));

    [Fact]
    public void Every_location_round_trips()
    {
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            Assert.True(DirectiveLocations.TryParse(location.ToName(), out var parsed));
            Assert.Equal(location, parsed);
        }
    }

    [Theory]
    [InlineData(OperationType.Query, "query")]
    [InlineData(OperationType.Mutation, "mutation")]
    [InlineData(OperationType.Subscription, "subscription")]
    public void Operation_types_have_their_keywords(OperationType operation, string keyword) =>
        Assert.Equal(keyword, operation.ToKeyword());
}
