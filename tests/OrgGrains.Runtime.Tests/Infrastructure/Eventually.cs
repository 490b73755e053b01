namespace OrgGrains.Runtime.Tests;

public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds, failing after <paramref name="within"/>.</summary>
    public static async Task True(Func<bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }
            await Task.Delay(10);
        }
    }

    public static async Task True(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting until {what}.");
            }
            await Task.Delay(10);
        }
    }
}
