namespace OrgGrains.Model.Tests;

public static class Eventually
{
    /// <summary>Polls until <paramref name="condition"/> holds; fails after <paramref name="within"/> (5 s by default).</summary>
    public static async Task True(Func<Task<bool>> condition, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(5));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting until {what}.");
            await Task.Delay(10);
        }
    }
}
