
namespace OrgGrains.Model;

/// <summary>Write-behind for roll-up grains, whose state is derived from what other grains report:
/// a change marks the state dirty and one write follows within the delay, so a burst of thousands
/// of contributions costs one write. Deactivation flushes. What a crash loses in the delay is
/// repaired by the sources (idempotent re-projection) or by an explicit rebuild.</summary>
internal sealed class WriteBehind<TState>(
    IPersistentState<TState> state,
    Func<Func<CancellationToken, Task>, TimeSpan, IGrainTimer> registerTimer,
    TimeSpan delay,
    Action? beforeWrite = null)
{
    private IGrainTimer? _timer;
    private bool _dirty;

    public void MarkDirty()
    {
        _dirty = true;
        _timer ??= registerTimer(_ => FlushAsync(), delay);
    }

    public async Task FlushAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (!_dirty)
            return;
        _dirty = false;
        try
        {
            beforeWrite?.Invoke();
            await state.WriteStateAsync();
        }
        catch
        {
            // Keep it dirty so the next change or deactivation tries again.
            _dirty = true;
            throw;
        }
    }
}
