using System.Diagnostics;
using System.Globalization;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>
/// Whether the events the server acknowledged are really in the organisation: the pods' token
/// counters (read back page by page) must have grown by exactly the acknowledged events ×
/// <see cref="EventFeed.TokensPerEvent"/>, and the steering group's org-wide roll-up, which follows
/// the pods by write-behind, must catch up with them.
/// </summary>
internal sealed record EventVerification(long Acknowledged, long RecordedByPods, long RecordedByOrgRollup, TimeSpan RollupCatchUp)
{
    public bool Holds => RecordedByPods == Acknowledged && RecordedByOrgRollup == Acknowledged;

    public static async Task<EventVerification> CheckAsync(GraphQLClient client, OrganisationSample before, long orgTokensBefore, long acknowledged)
    {
        var after = await OrganisationSample.ReadAsync(client).ConfigureAwait(false);
        long byPods = (after.TokensInWindow - before.TokensInWindow) / EventFeed.TokensPerEvent;

        // The roll-up is written behind: poll until it shows what the pods show, or give up after a minute.
        var clock = Stopwatch.StartNew();
        long byRollup;
        while (true)
        {
            byRollup = (await OrganisationSample.OrgTokensInWindowAsync(client).ConfigureAwait(false) - orgTokensBefore) / EventFeed.TokensPerEvent;
            if (byRollup == byPods || clock.Elapsed > TimeSpan.FromMinutes(1))
                break;
            await Task.Delay(200).ConfigureAwait(false);
        }
        return new EventVerification(acknowledged, byPods, byRollup, clock.Elapsed);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"Read back over the whole run (warm-up included): {Acknowledged} events acknowledged, {RecordedByPods} in the pods' token counters, " +
        $"{RecordedByOrgRollup} in the org-wide roll-up (caught up {RollupCatchUp.TotalSeconds:0.0} s after the load) — {(Holds ? "consistent" : "INCONSISTENT")}.");
}
