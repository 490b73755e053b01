namespace OrgGrains.Model.Tests;

/// <summary>Every pair of statuses, allowed or not, for dependencies and pods.</summary>
public sealed class TransitionRulesTests
{
    private static readonly HashSet<(DependencyStatus, DependencyStatus)> AllowedDependencyEdges =
    [
        (DependencyStatus.Requested, DependencyStatus.Accepted),
        (DependencyStatus.Requested, DependencyStatus.Blocked),
        (DependencyStatus.Requested, DependencyStatus.Cancelled),
        (DependencyStatus.Accepted, DependencyStatus.InProgress),
        (DependencyStatus.Accepted, DependencyStatus.Blocked),
        (DependencyStatus.Accepted, DependencyStatus.Cancelled),
        (DependencyStatus.InProgress, DependencyStatus.Delivered),
        (DependencyStatus.InProgress, DependencyStatus.Blocked),
        (DependencyStatus.InProgress, DependencyStatus.Cancelled),
        (DependencyStatus.Blocked, DependencyStatus.Cancelled),
    ];

    public static TheoryData<DependencyStatus, DependencyStatus> DependencyPairs()
    {
        var data = new TheoryData<DependencyStatus, DependencyStatus>();
        foreach (var from in Enum.GetValues<DependencyStatus>())
            foreach (var to in Enum.GetValues<DependencyStatus>())
                data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(DependencyPairs))]
    public void Dependency_status_moves_only_along_documented_edges(DependencyStatus from, DependencyStatus to)
    {
        // Blocked resumes only to where it was blocked from; here it was blocked from Accepted.
        bool expected = AllowedDependencyEdges.Contains((from, to)) || (from == DependencyStatus.Blocked && to == DependencyStatus.Accepted);
        Assert.Equal(expected, DependencyRules.IsAllowed(from, from == DependencyStatus.Blocked ? DependencyStatus.Accepted : null, to));
    }

    [Fact]
    public void Delivered_and_cancelled_are_final_and_closed()
    {
        Assert.Empty(DependencyRules.AllowedFrom(DependencyStatus.Delivered, null));
        Assert.Empty(DependencyRules.AllowedFrom(DependencyStatus.Cancelled, null));
        Assert.False(DependencyRules.IsOpen(DependencyStatus.Delivered));
        Assert.True(DependencyRules.IsOpen(DependencyStatus.Blocked));
    }
}
