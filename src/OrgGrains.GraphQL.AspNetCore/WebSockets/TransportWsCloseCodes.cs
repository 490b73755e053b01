using System.Net.WebSockets;

namespace OrgGrains.GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol (graphql-ws's PROTOCOL.md).</summary>
internal static class TransportWsCloseCodes
{
    /// <summary>RFC 6455 §7.4 / IANA: the server is restarting; the client should reconnect.</summary>
    public const WebSocketCloseStatus ServiceRestart = (WebSocketCloseStatus)1012;
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;
    public const WebSocketCloseStatus SubprotocolNotAcceptable = (WebSocketCloseStatus)4406;
    public const WebSocketCloseStatus ConnectionInitialisationTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberAlreadyExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInitialisationRequests = (WebSocketCloseStatus)4429;
}
