
namespace OrgGrains.Model;

/// <summary>One durable reminder per grain, at the grain's next due instant (rounded up to
/// <see cref="OrgModelOptions.TimeRuleResolution"/>, on a grid shifted by an offset of the grain's
/// own, so pods whose edges fall in the same hour do not all wake at its first tick). Re-registered
/// only when that instant moves, so a grain whose time rules are quiet costs one stored row and
/// one local timer, and is woken only when an answer actually changes; idle grains stay collected
/// until then.</summary>
/// <remarks>Why not a sweep grain: it would hold a second copy of every unit's due instant that
/// must be kept consistent with the units (another projection to repair), and every change would
/// call it. The runtime's reminder service already is that sweep, durable and keyed by grain.
/// The reminder's period is the resolution: if handling a tick fails, or the silo was down at
/// the due instant, it fires again one period later.</remarks>
internal sealed class DueReminder(Grain grain, OrgModelOptions options)
{
    public const string Name = "time-rules";

    /// <summary>The longest delay registered at once: .NET timers take at most ~49 days; a grain
    /// woken at the cap recomputes and re-registers.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(30);

    private readonly long _offset = Offset(grain.GetPrimaryKeyString(), options.TimeRuleResolution);
    private DateTimeOffset? _registered;
    private bool _known;

    /// <summary>Registers the reminder at <paramref name="due"/> (none: unregisters it).</summary>
    public async Task ScheduleAsync(DateTimeOffset? due)
    {
        var now = options.TimeProvider.GetUtcNow();
        DateTimeOffset? at = due is { } d ? Min(RoundUp(d), now + MaxDelay) : null;
        if (_known && at == _registered)
            return;
        if (at is { } when)
            await grain.RegisterOrUpdateReminder(Name, when - now, options.TimeRuleResolution);
        else if (await grain.GetReminder(Name) is { } reminder)
            await grain.UnregisterReminder(reminder);
        _registered = at;
        _known = true;
    }

    /// <summary>Whether an instant earlier than <paramref name="flipsAt"/> is already registered
    /// by this activation, so a change adding that flip needs no full recompute.</summary>
    public bool Covers(DateTimeOffset? flipsAt)
        => _known && (flipsAt is not { } d || (_registered is { } held && held <= RoundUp(d)));

    /// <summary>A tick consumed the registered instant; the next schedule registers anew.</summary>
    public void Ticked() => _known = false;

    private DateTimeOffset RoundUp(DateTimeOffset at)
    {
        long r = options.TimeRuleResolution.Ticks;
        long ticks = (at.UtcTicks - _offset + r - 1) / r * r + _offset;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>A stable offset within the resolution from the grain's key (FNV-1a), the same in every process.</summary>
    private static long Offset(string key, TimeSpan resolution)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in key)
            hash = (hash ^ c) * 1099511628211;
        return (long)(hash % (ulong)resolution.Ticks);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
