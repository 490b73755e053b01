using System.Collections.Concurrent;
using System.Threading.Channels;

namespace OrgGrains.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// A single-connection-mode event stream reserved by PUT: operations posted with its token write their
/// events here (buffered until the client connects with GET), and DELETE stops one of them.
/// </summary>
internal sealed class SseReservation
{
    private const int Reserved = 0;
    private const int Open = 1;
    private const int Expired = 2;

    private int _state;

    public Channel<byte[]> Events { get; } = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    public ConcurrentDictionary<string, CancellationTokenSource> Operations { get; } = new();

    public CancellationTokenSource Closed { get; } = new();

    /// <summary>Only one GET may listen on a reservation, and none once it has expired.</summary>
    public bool TryOpen() => Interlocked.CompareExchange(ref _state, Open, Reserved) == Reserved;

    /// <summary>Expires the reservation unless a GET has opened it.</summary>
    public bool TryExpire() => Interlocked.CompareExchange(ref _state, Expired, Reserved) == Reserved;
}
