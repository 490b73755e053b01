using System.Threading.Channels;

namespace OrgGrains.Runtime;

/// <summary>One subscriber's bounded buffer. Delivery never waits: when the buffer is full the
/// subscription's <see cref="StreamOverflow"/> rule drops the oldest item or disconnects it.</summary>
internal sealed class MemorySubscription<T> : IStreamSubscription<T>
{
    private readonly MemoryStreamProvider _provider;
    private readonly Topic<T> _topic;
    private readonly StreamSubscriptionOptions _options;
    private readonly Channel<T> _buffer;
    private long _dropped;

    public MemorySubscription(MemoryStreamProvider provider, Topic<T> topic, StreamSubscriptionOptions options)
    {
        _provider = provider;
        _topic = topic;
        _options = options;
        var channelOptions = new BoundedChannelOptions(options.Capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = options.Overflow == StreamOverflow.DropOldest ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
        };
        _buffer = Channel.CreateBounded<T>(channelOptions, _ => Interlocked.Increment(ref _dropped));
    }

    public long DroppedCount => Interlocked.Read(ref _dropped);

    public void Deliver(T item)
    {
        if (!_buffer.Writer.TryWrite(item) && _options.Overflow == StreamOverflow.Disconnect)
        {
            // TryWrite is false only when full (Wait mode, never blocking) or already completed.
            if (_buffer.Writer.TryComplete(new StreamOverflowException(_topic.StreamId, _options.Capacity)))
            {
                Interlocked.Increment(ref _dropped);
                _topic.Remove(_provider, this);
            }
        }
    }

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => _buffer.Reader.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    public ValueTask DisposeAsync()
    {
        _topic.Remove(_provider, this);
        _buffer.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
