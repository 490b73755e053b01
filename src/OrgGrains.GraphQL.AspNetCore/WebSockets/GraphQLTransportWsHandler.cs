using Microsoft.AspNetCore.Http;

namespace OrgGrains.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts WebSocket upgrades for the graphql-transport-ws subprotocol and runs one session per connection.</summary>
internal sealed class GraphQLTransportWsHandler(GraphQLRequestRunner runner, GraphQLEndpointOptions options)
{
    public const string Subprotocol = "graphql-transport-ws";

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol))
        {
            // graphql-ws closes with 4406 when the client does not speak the protocol.
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseAsync(TransportWsCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(Subprotocol);
        await new GraphQLTransportWsSession(socket, context, runner, options).RunAsync();
    }
}
