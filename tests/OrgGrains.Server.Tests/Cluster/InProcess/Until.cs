namespace OrgGrains.Server.Tests.Cluster.InProcess;

/// <summary>Polls with a deadline instead of sleeping: after a silo dies, calls to its grains fail
/// until the others declare it dead, and then succeed on a new activation.</summary>
public static class Until
{
    /// <summary>Retries <paramref name="attempt"/> (failures included) until it returns a value; fails
    /// the test with the last error after <paramref name="within"/>.</summary>
    public static async Task<T> ValueAsync<T>(Func<Task<T?>> attempt, string what, TimeSpan within)
        where T : class
    {
        var deadline = DateTime.UtcNow + within;
        Exception? last = null;
        while (true)
        {
            try
            {
                if (await attempt() is { } value)
                    return value;
            }
            catch (Exception ex)
            {
                last = ex;
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out after {within} waiting until {what}.", last);
            await Task.Delay(50);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan within)
        => ValueAsync<object>(async () => await condition() ? true : null, what, within);
}
