// GraphiQL for the endpoint that served this page: queries go to the same path over HTTP.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';

const root = document.getElementById('graphiql');
const fetcher = createGraphiQLFetcher({ url: root.dataset.endpoint });
createRoot(root).render(React.createElement(GraphiQL, { fetcher }));
