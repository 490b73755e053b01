namespace OrgGrains.Runtime.Tests;

public interface ICallChainGrain : IGrainWithStringKey
{
    /// <summary>Calls the grains in <paramref name="path"/> in turn, each passing the rest on; returns the keys visited.</summary>
    Task<string> Relay(string[] path);
}

public sealed class CallChainGrain : Grain, ICallChainGrain
{
    public async Task<string> Relay(string[] path)
    {
        var here = this.GetPrimaryKeyString();
        if (path.Length == 0)
        {
            return here;
        }

        await Task.Yield();
        var rest = await GrainFactory.GetGrain<ICallChainGrain>(path[0]).Relay(path[1..]);
        return here + ">" + rest;
    }
}
