namespace OrgGrains.Model;

/// <summary>Collects the instants at which a grain's time rules next change their answer (a fact
/// leaving a rolling window, a review expiring, a needed-by date passing) and keeps the earliest
/// one after now.</summary>
internal sealed class NextDue(DateTimeOffset now)
{
    public DateTimeOffset? At { get; private set; }

    /// <summary>Considers an instant at which some rule's answer flips; past ones are ignored.</summary>
    public void Consider(DateTimeOffset flipsAt)
    {
        if (flipsAt > now && (At is not { } at || flipsAt < at))
            At = flipsAt;
    }

    /// <summary>Each instant's window (of length <paramref name="window"/>) ends when it leaves it.</summary>
    public void ConsiderWindowEnds(IEnumerable<DateTimeOffset?> instants, TimeSpan window)
    {
        foreach (var at in instants)
            if (at is { } a)
                Consider(a + window);
    }

    /// <summary>A rule of the form "held while now − since ≤ span" flips one tick after since + span.</summary>
    public void ConsiderExpiry(DateTimeOffset since, TimeSpan span) => Consider(since + span + TimeSpan.FromTicks(1));
}
