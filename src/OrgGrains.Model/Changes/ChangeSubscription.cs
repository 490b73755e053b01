using System.Threading.Channels;

namespace OrgGrains.Model;

/// <summary>One local subscriber's bounded buffer. Delivery never waits: when the buffer is full the
/// subscription's <see cref="ChangeOverflow"/> rule drops the oldest item or disconnects it.</summary>
internal sealed class ChangeSubscription<T> : IChangeSubscription<T>
{
    private readonly ChangeTopic<T> _topic;
    private readonly Func<T, bool>? _filter;
    private readonly ChangeSubscriptionOptions _options;
    private readonly Channel<T> _buffer;
    private long _dropped;

    public ChangeSubscription(ChangeTopic<T> topic, Func<T, bool>? filter, ChangeSubscriptionOptions options)
    {
        _topic = topic;
        _filter = filter;
        _options = options;
        var channelOptions = new BoundedChannelOptions(options.Capacity)
        {
            SingleReader = true,
            SingleWriter = false,
            FullMode = options.Overflow == ChangeOverflow.DropOldest ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
        };
        _buffer = Channel.CreateBounded<T>(channelOptions, _ => Interlocked.Increment(ref _dropped));
    }

    public long DroppedCount => Interlocked.Read(ref _dropped);

    public void Deliver(T item)
    {
        if (_filter is { } keep && !keep(item))
            return;
        if (!_buffer.Writer.TryWrite(item) && _options.Overflow == ChangeOverflow.Disconnect)
        {
            // TryWrite is false only when full (Wait mode, never blocking) or already completed.
            if (_buffer.Writer.TryComplete(new ChangeOverflowException(_topic.Stream, _options.Capacity)))
            {
                Interlocked.Increment(ref _dropped);
                _topic.Remove(this);
            }
        }
    }

    public IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        => _buffer.Reader.ReadAllAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);

    public ValueTask DisposeAsync()
    {
        _topic.Remove(this);
        _buffer.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}
