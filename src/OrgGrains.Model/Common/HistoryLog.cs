namespace OrgGrains.Model;

internal static class HistoryLog
{
    /// <summary>Appends and keeps only the most recent <paramref name="limit"/> entries.</summary>
    public static void Append(List<HistoryEntry> history, HistoryEntry entry, int limit)
    {
        history.Add(entry);
        if (history.Count > limit)
            history.RemoveRange(0, history.Count - limit);
    }
}
