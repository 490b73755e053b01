// GraphiQL for the endpoint that served this page: queries and mutations go to the same path over HTTP,
// subscriptions over a graphql-transport-ws WebSocket at that path (ws: or wss: as the page was served)
// when the endpoint accepts WebSockets.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/graphiql.css';

const root = document.getElementById('graphiql');
const endpoint = new URL(root.dataset.endpoint, window.location.href);
const subscriptionUrl = root.dataset.websocket === 'true'
  ? `${endpoint.protocol === 'https:' ? 'wss:' : 'ws:'}//${endpoint.host}${endpoint.pathname}`
  : undefined;
const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  subscriptionUrl,
  wsClient: subscriptionUrl ? createClient({ url: subscriptionUrl, lazy: true }) : undefined,
});
createRoot(root).render(React.createElement(GraphiQL, { fetcher }));
