namespace OrgGrains.Runtime.Tests;

public sealed record Change(string Publisher, int Sequence);

public interface IPublisherGrain : IGrainWithStringKey
{
    Task Publish(string stream, int count);
}

public sealed class PublisherGrain : Grain, IPublisherGrain
{
    public async Task Publish(string stream, int count)
    {
        var changes = this.GetStreamProvider("live").GetStream<Change>(new StreamId("test", stream));
        for (var i = 0; i < count; i++)
        {
            await changes.OnNextAsync(new Change(this.GetPrimaryKeyString(), i));
        }
    }
}
