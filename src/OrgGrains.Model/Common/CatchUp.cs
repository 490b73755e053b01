namespace OrgGrains.Model;

/// <summary>What a grain owes others once its state is written: its projections (views that index
/// or roll it up) and the hand-over of its staged changes to the outbox (<see cref="ChangeFeed"/>).
/// Both are idempotent, so whatever fails is repeated by a timer until it succeeds, and every
/// activation repeats them once: the views and the outbox converge on the grain's state.</summary>
internal sealed class CatchUp(
    Func<Task> project, Func<bool> exists, ChangeFeed feed, Func<List<ChangeHandOff>> staged,
    Func<Func<CancellationToken, Task>, TimeSpan, IGrainTimer> registerTimer)
{
    private static readonly TimeSpan RepairDelay = TimeSpan.FromSeconds(1);
    private IGrainTimer? _repairTimer;

    /// <summary>Catches up now; what fails is left to the repair timer.</summary>
    public async Task RunOrScheduleRepairAsync()
    {
        if (!await RunAsync())
            _repairTimer ??= registerTimer(_ => RepairAsync(), RepairDelay);
    }

    private async Task RepairAsync()
    {
        if (!await RunAsync())
            return;
        _repairTimer?.Dispose();
        _repairTimer = null;
    }

    /// <returns>False when the projection or the hand-over is left to repair.</returns>
    private async Task<bool> RunAsync()
    {
        bool projected = true;
        if (exists())
        {
            try
            {
                await project();
            }
            catch (Exception)
            {
                projected = false;
            }
        }
        return await feed.HandOverAsync(staged()) && projected;
    }
}
