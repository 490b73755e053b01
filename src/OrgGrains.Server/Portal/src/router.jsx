// A small history-API router: the server answers every portal path with index.html (SPA fallback).
import { useEffect, useState } from 'react';

const listeners = new Set();

function current() {
  return { path: location.pathname, search: new URLSearchParams(location.search) };
}

let focusPending = false;

function notify() {
  focusPending = true;
  listeners.forEach((listener) => listener(current()));
}

/** After a navigation, the next page title takes the focus (screen readers announce the new page);
 * on the first load the focus stays where the browser puts it. */
export function takeFocusPending() {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

window.addEventListener('popstate', notify);

export function navigate(to, { replace = false } = {}) {
  if (to === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

export function useLocation() {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    listeners.add(setLocation);
    return () => listeners.delete(setLocation);
  }, []);
  return location;
}

/** Matches `/pods/:key` style patterns; returns the params or null. */
export function match(pattern, path) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:([a-z]+)/gi, (_, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '/?$');
  const found = regex.exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
}

export function Link({ to, children, ...rest }) {
  return (
    <a
      href={to}
      onClick={(event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(to);
      }}
      {...rest}
    >
      {children}
    </a>
  );
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
