import { useEffect, useState } from 'react';
import { useQuery } from '../hooks.js';
import { navigate, query } from '../router.jsx';
import { ApiErrorNotice, Loading, Pager, label, num } from './common.jsx';

export const PAGE_SIZE = 25;

/** One page of a connection at a time (`first`/`after`; earlier pages by the cursors already seen),
 * starting over when the filters change. */
export function useConnection(text, filters, field, size = PAGE_SIZE) {
  const key = JSON.stringify(filters);
  const [cursors, setCursors] = useState([null]);
  useEffect(() => setCursors([null]), [key]);
  const after = cursors[cursors.length - 1];
  const result = useQuery(text, { ...filters, first: size, after });
  const connection = result.data?.[field];
  const page = cursors.length - 1;
  const from = page * size + 1;
  const pager = connection ? (
    <Pager
      label={connection.totalCount === 0 ? 'No results' : `${num(from)}–${num(from + connection.nodes.length - 1)} of ${num(connection.totalCount)}`}
      onPrevious={page > 0 ? () => setCursors(cursors.slice(0, -1)) : null}
      onNext={connection.pageInfo.hasNextPage ? () => setCursors([...cursors, connection.pageInfo.endCursor]) : null}
    />
  ) : null;
  return { result, connection, pager };
}

/** Filters kept in the address (so a filtered list can be linked to), applied on submit. */
export function FilterForm({ fields, search, path, label: formLabel }) {
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((f) => [f.name, search.get(f.name) ?? ''])));
  useEffect(() => {
    setValues(Object.fromEntries(fields.map((f) => [f.name, search.get(f.name) ?? ''])));
  }, [search.toString()]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <form className="filters" role="search" aria-label={formLabel}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(path + query(values), { replace: false });
      }}>
      {fields.map((f) => (
        <label key={f.name}>
          {f.label}
          {f.options
            ? (
              <select name={f.name} value={values[f.name]} onChange={(e) => {
                const next = { ...values, [f.name]: e.target.value };
                setValues(next);
                navigate(path + query(next));
              }}>
                <option value="">Any</option>
                {f.options.map((o) => <option key={o} value={o}>{label(o)}</option>)}
              </select>
            )
            : <input name={f.name} type="search" value={values[f.name]} placeholder={f.placeholder} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />}
        </label>
      ))}
      <button type="submit">Search</button>
      {fields.some((f) => values[f.name]) && (
        <button type="button" className="link-button" onClick={() => navigate(path)}>Clear filters</button>
      )}
    </form>
  );
}

export function ListBody({ state, children }) {
  const { result, connection } = state;
  if (result.error) return <ApiErrorNotice error={result.error} onRetry={result.reload} />;
  if (!connection) return <Loading what="the list" />;
  return (
    <>
      <p className="hint" aria-live="polite" data-testid="total-count">{num(connection.totalCount)} found</p>
      {children(connection.nodes)}
      {state.pager}
    </>
  );
}

export const emptyToNull = (value) => (value === '' || value === undefined ? null : value);
