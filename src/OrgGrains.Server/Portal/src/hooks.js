import { useCallback, useEffect, useRef, useState } from 'react';
import { gql, onTokenChange, subscribe } from './api.js';

/** Runs `query` whenever its variables change (or the caller signs in); `reload` runs it again
 * without showing the loading state. */
export function useQuery(query, variables, { skip = false } = {}) {
  const key = JSON.stringify(variables ?? {});
  const [state, setState] = useState({ data: null, error: null, loading: !skip });
  const [tokenVersion, setTokenVersion] = useState(0);
  const generation = useRef(0);

  useEffect(() => onTokenChange(() => setTokenVersion((v) => v + 1)), []);

  const run = useCallback((quiet) => {
    if (skip) return () => {};
    const controller = new AbortController();
    const mine = ++generation.current;
    if (!quiet) setState((s) => ({ data: s.data, error: null, loading: true }));
    gql(query, JSON.parse(key), { signal: controller.signal })
      .then((data) => mine === generation.current && setState({ data, error: null, loading: false }))
      .catch((error) => {
        if (error?.name === 'AbortError' || mine !== generation.current) return;
        setState((s) => ({ data: quiet ? s.data : null, error, loading: false }));
      });
    return () => controller.abort();
  }, [query, key, skip, tokenVersion]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => run(false), [run]);
  const reload = useCallback(() => run(true), [run]);
  return { ...state, reload };
}

/** Subscribes while mounted (and re-subscribes when the variables or the token change). */
export function useSubscription(query, variables, onData, { skip = false } = {}) {
  const key = JSON.stringify(variables ?? {});
  const handler = useRef(onData);
  handler.current = onData;
  const [tokenVersion, setTokenVersion] = useState(0);
  useEffect(() => onTokenChange(() => setTokenVersion((v) => v + 1)), []);
  useEffect(() => {
    if (skip) return undefined;
    return subscribe(query, JSON.parse(key), (data) => handler.current(data), () => {});
  }, [query, key, skip, tokenVersion]);
}

/** Calls `fn` at most once per `ms`, trailing. */
export function useDebounced(fn, ms) {
  const timer = useRef(null);
  const latest = useRef(fn);
  latest.current = fn;
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(), ms);
  }, [ms]);
}
