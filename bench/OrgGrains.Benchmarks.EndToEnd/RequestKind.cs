namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>One kind of request of the mixed load, sent at a fixed rate.</summary>
internal abstract class RequestKind(string name, double ratePerSecond)
{
    public string Name { get; } = name;

    public double RatePerSecond { get; } = ratePerSecond;

    /// <summary>Starts one request. Called on the driver's schedule thread: everything before the
    /// first await (choosing the target, writing the body) runs there, so it may use state that is
    /// not thread-safe.</summary>
    public abstract Task<byte[]> SendAsync();

    /// <summary>Checks a response (throws <see cref="GraphQLFailure"/>) and returns how many units of
    /// work it completed: 1 for a query, the events accepted for a batch.</summary>
    public abstract int Check(byte[] body);
}

/// <summary>A read whose single variable is drawn uniformly from the sampled organisation.</summary>
internal sealed class QueryKind(string name, double ratePerSecond, GraphQLClient client, string document, string rootField,
    string variable, IReadOnlyList<string> values, Random random) : RequestKind(name, ratePerSecond)
{
    public override Task<byte[]> SendAsync()
    {
        if (values.Count == 0)
            return client.SendAsync(document, null);
        string value = values[random.Next(values.Count)];
        return client.SendAsync(document, w => w.WriteString(variable, value));
    }

    public override int Check(byte[] body)
    {
        GraphQLClient.Data(body, rootField);
        return 1;
    }
}
