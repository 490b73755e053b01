using System.Diagnostics;
using OrgGrains.Model;
using Xunit.Abstractions;

namespace OrgGrains.Server.Tests.Cluster.InProcess;

/// <summary>A silo goes away, gracefully or in a crash: the units it hosted answer again from
/// another silo, with everything written through them before.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    /// <summary>A crashed silo is declared dead after two missed one-second probes; its grains answer
    /// from a survivor at their next call after that. The bound leaves room for a loaded machine.</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_pods_and_people_of_a_silo_that_went_away_answer_from_another_silo_with_their_members(bool crash)
    {
        await using var cluster = await OrgCluster.StartAsync();
        var units = new ClusterUnits(cluster.Client);
        var domain = await units.DomainAsync();
        var members = new Dictionary<string, string>(); // person -> pod
        for (int i = 0; i < 6; i++)
        {
            var pod = await units.PodAsync("pod" + i, domain);
            members[await units.MemberAsync("lead" + i, pod)] = pod;
            members[await units.MemberAsync("engineer" + i, pod)] = pod;
        }
        var victim = await cluster.SiloOfAsync(cluster.Client.GetGrain<IPodGrain>(members.Values.First()));
        var hostedThere = new List<string>();
        foreach (var unit in members.Values.Distinct())
            if ((await cluster.SiloOfAsync(cluster.Client.GetGrain<IPodGrain>(unit))).Name == victim.Name)
                hostedThere.Add(unit);

        var clock = Stopwatch.StartNew();
        if (crash)
            await cluster.KillAsync(victim);
        else
            await cluster.StopAsync(victim);

        foreach (var (person, pod) in members)
        {
            var view = await Until.ValueAsync(() => cluster.Client.GetGrain<IPodGrain>(pod).GetAsync(), $"pod {pod} answers", RecoveryBound);
            Assert.Contains(view.Members, m => m.PersonId == person && m.AllocationPercent == 50);
            Assert.Equal(2, view.Members.Length);
            var who = await Until.ValueAsync(() => cluster.Client.GetGrain<IPersonGrain>(person).GetAsync(), $"person {person} answers", RecoveryBound);
            Assert.Equal(pod, who.PrimaryPod?.PodId);
        }
        output.WriteLine($"{(crash ? "Killed" : "Stopped")} {victim.Name} (hosting {hostedThere.Count} of {members.Values.Distinct().Count()} pods); every unit answered {clock.Elapsed.TotalSeconds:F1} s later.");

        foreach (var pod in hostedThere)
            Assert.NotEqual(victim.Name, (await cluster.SiloOfAsync(cluster.Client.GetGrain<IPodGrain>(pod))).Name);
    }
}
