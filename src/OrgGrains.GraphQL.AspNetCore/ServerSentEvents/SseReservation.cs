using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OrgGrains.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// A single-connection-mode event stream reserved by PUT: operations posted with its token write their
/// events here (buffered until the client connects with GET), and DELETE stops one of them.
/// </summary>
internal sealed class SseReservation
{
    private int _open;

    public Channel<byte[]> Events { get; } = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    public ConcurrentDictionary<string, CancellationTokenSource> Operations { get; } = new();

    public CancellationTokenSource Closed { get; } = new();

    /// <summary>Only one GET may listen on a reservation.</summary>
    public bool TryOpen() => Interlocked.Exchange(ref _open, 1) == 0;
}
