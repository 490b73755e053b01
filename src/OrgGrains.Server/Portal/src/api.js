// The portal's only way to the data: the public GraphQL API at /graphql, queries over HTTP and
// subscriptions over graphql-transport-ws (graphql-ws), with the caller's token if they gave one.
import { createClient } from 'graphql-ws';

export const ENDPOINT = '/graphql';
const TOKEN_KEY = 'orggrains.portal.token';

/** Why a request failed: `unreachable` (no answer), `refused` (401/403/429, UNAUTHENTICATED,
 * FORBIDDEN) or `graphql` (the API answered with errors). */
export class ApiError extends Error {
  constructor(message, kind, details = {}) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.details = details;
  }
}

let token = readToken();
const tokenListeners = new Set();

function readToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  } catch {
    return '';
  }
}

export function getToken() {
  return token;
}

/** Signs in with a bearer token (kept for this browser tab only) or signs out with ''. */
export function setToken(value) {
  token = (value || '').trim().replace(/^Bearer\s+/i, '');
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private mode without storage: the token lasts until the page reloads.
  }
  if (wsClient) {
    wsClient.dispose();
    wsClient = null;
  }
  tokenListeners.forEach((listener) => listener(token));
}

export function onTokenChange(listener) {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}

const REFUSED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** Runs a query or mutation; resolves to its data, or rejects with an ApiError. Errors beside data
 * (a field the caller may not read) are kept on the result as `__errors`. */
export async function gql(query, variables = {}, { signal } = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json;q=0.9',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new ApiError(`The API at ${location.origin}${ENDPOINT} is unreachable (${error?.message || 'network error'}). Is the server running?`, 'unreachable');
  }

  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const errors = body?.errors ?? [];
  const first = errors[0];
  const code = first?.extensions?.code;
  if (response.status === 401 || response.status === 403) {
    throw new ApiError(`The API refused the request (${response.status}): ${first?.message || response.statusText}`, 'refused', { status: response.status, code });
  }
  if (response.status === 429) {
    const retry = response.headers.get('Retry-After');
    throw new ApiError(`The API refused the request: too many requests${retry ? `; try again in ${retry} s` : ''}.`, 'refused', { status: 429 });
  }
  if (!body || (typeof body !== 'object')) {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} without a GraphQL response.`, 'unreachable', { status: response.status });
  }
  if (!body.data) {
    const kind = REFUSED_CODES.has(code) ? 'refused' : 'graphql';
    const message = errors.map((e) => e.message).join(' ') || `The API answered ${response.status} without data.`;
    throw new ApiError(kind === 'refused' ? `The API refused the request: ${message}` : message, kind, { status: response.status, code, errors });
  }
  if (errors.length) {
    const refusedEverything = errors.some((e) => REFUSED_CODES.has(e.extensions?.code)) && Object.values(body.data).every((v) => v === null);
    if (refusedEverything) {
      throw new ApiError(`The API refused the request: ${errors.map((e) => e.message).join(' ')}`, 'refused', { status: response.status, code, errors });
    }
    Object.defineProperty(body.data, '__errors', { value: errors, enumerable: false });
  }
  return body.data;
}

// ---- subscriptions ---------------------------------------------------------------------------

let wsClient = null;
let liveState = 'idle';
let active = 0;
const liveListeners = new Set();

function setLive(state) {
  liveState = state;
  liveListeners.forEach((listener) => listener(state));
}

export function getLiveState() {
  return liveState;
}

export function onLiveState(listener) {
  liveListeners.add(listener);
  return () => liveListeners.delete(listener);
}

function client() {
  if (!wsClient) {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${ENDPOINT}`;
    wsClient = createClient({
      url,
      lazy: true,
      connectionParams: () => (token ? { Authorization: `Bearer ${token}` } : {}),
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(10000, 500 * 2 ** retries))),
      on: {
        connecting: () => setLive('connecting'),
        connected: () => setLive('live'),
        // The client closes the socket itself once the last subscription ends (lazy): that is not an outage.
        closed: (event) => setLive(event?.code === 4403 ? 'refused' : active > 0 ? 'offline' : 'idle'),
      },
    });
  }
  return wsClient;
}

/** Subscribes; `onData` gets each event's data. Returns the unsubscribe function. */
export function subscribe(query, variables, onData, onError) {
  active++;
  let ended = false;
  const unsubscribe = client().subscribe({ query, variables }, {
    next: (result) => {
      if (result.data) onData(result.data);
      else if (result.errors) onError?.(new ApiError(result.errors.map((e) => e.message).join(' '), 'graphql'));
    },
    error: (error) => onError?.(error instanceof Error ? error : new ApiError('The live connection closed.', 'unreachable')),
    complete: () => {},
  });
  return () => {
    if (!ended) {
      ended = true;
      active--;
    }
    unsubscribe();
  };
}
