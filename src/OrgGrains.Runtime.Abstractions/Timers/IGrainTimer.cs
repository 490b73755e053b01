namespace OrgGrains.Runtime;

/// <summary>A timer of one activation. Dispose to stop it.</summary>
public interface IGrainTimer : IDisposable
{
    void Change(TimeSpan dueTime, TimeSpan period);
}

/// <param name="DueTime">Time to the first tick.</param>
/// <param name="Period">Time between ticks, measured from the end of the previous callback;
/// <see cref="Timeout.InfiniteTimeSpan"/> for a single tick.</param>
/// <param name="Interleave">Whether callbacks may interleave with requests.</param>
/// <param name="KeepAlive">Whether ticks count as activity for idle deactivation.</param>
public sealed record GrainTimerCreationOptions(TimeSpan DueTime, TimeSpan Period, bool Interleave = false, bool KeepAlive = false);
