import { useEffect, useId, useRef, useState } from 'react';
import { Link, takeFocusPending } from '../router.jsx';

// ---- formatting -----------------------------------------------------------------------------

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const moneyFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export const num = (value, empty = '–') => (value === null || value === undefined ? empty : numberFormat.format(value));
export const money = (value) => (value === null || value === undefined ? '–' : moneyFormat.format(value));
export const date = (value) => (value ? dateFormat.format(new Date(value)) : '–');
export const dateTime = (value) => (value ? dateTimeFormat.format(new Date(value)) : '–');

/** MISSING_CORE_DISCIPLINE → Missing core discipline. */
export function label(constant) {
  if (!constant) return '–';
  const text = String(constant).replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function daysSince(value) {
  return value ? (Date.now() - new Date(value).getTime()) / 86400000 : null;
}

// ---- units and links -----------------------------------------------------------------------

const paths = { Pod: 'pods', Domain: 'domains', Person: 'people', CapabilityNetwork: 'networks', InnovationLab: 'labs' };

export function unitPath(unit) {
  if (!unit) return null;
  if (unit.__typename === 'Organisation') return '/';
  const folder = paths[unit.__typename];
  return folder && unit.key ? `/${folder}/${encodeURIComponent(unit.key)}` : null;
}

export const kindLabel = {
  Pod: 'Pod', Domain: 'Domain', Person: 'Person', CapabilityNetwork: 'Capability network',
  InnovationLab: 'Innovation lab', Organisation: 'Steering group', Dependency: 'Dependency',
};

export function UnitLink({ unit }) {
  if (!unit) return <span>–</span>;
  const to = unitPath(unit);
  const name = unit.name || unit.key || unit.id;
  return to ? <Link to={to}>{name}</Link> : <span>{name}</span>;
}

export function UnitList({ units }) {
  if (!units?.length) return <span>–</span>;
  return units.map((unit, i) => (
    <span key={unit.id || i}>{i > 0 && ', '}<UnitLink unit={unit} /></span>
  ));
}

// ---- status --------------------------------------------------------------------------------

/** Health as a word and a shape, never by colour alone. */
export function HealthBadge({ health }) {
  if (!health) return <span>–</span>;
  const symbol = { GREEN: '●', AMBER: '▲', RED: '■' }[health] || '';
  return <span className={`badge health-${health.toLowerCase()}`}><span aria-hidden="true">{symbol} </span>{label(health)}</span>;
}

export function StatusBadge({ status }) {
  return <span className={`badge status-${String(status).toLowerCase()}`}>{label(status)}</span>;
}

// ---- page furniture ------------------------------------------------------------------------

export function PageTitle({ children, kicker }) {
  const heading = useRef(null);
  useEffect(() => {
    if (takeFocusPending()) heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-title">
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 id="page-heading" tabIndex={-1} ref={heading}>{children}</h1>
    </header>
  );
}

export function Loading({ what = 'data' }) {
  return <p className="loading" role="status" aria-live="polite">Loading {what}…</p>;
}

/** The API refused or could not be reached: say which, and what to do. */
export function ApiErrorNotice({ error, onRetry }) {
  if (!error) return null;
  const refused = error.kind === 'refused';
  const unreachable = error.kind === 'unreachable';
  return (
    <div className={`notice notice-error`} role="alert">
      <h2>{unreachable ? 'The API is unreachable' : refused ? 'The API refused the request' : 'The API answered with an error'}</h2>
      <p>{error.message}</p>
      {refused && <p>Sign in with a token that has a role allowed to read (the “Sign in” button at the top). On a development server, tokens are printed at start-up and served at <code>/dev/token</code>.</p>}
      {unreachable && <p>Check that the server is running (<code>dotnet run --project src/OrgGrains.Server</code>) and that this page was opened from it.</p>}
      {onRetry && <button type="button" onClick={onRetry}>Try again</button>}
    </div>
  );
}

/** Loading, error or the content: the common shape of a page's body. */
export function Async({ result, what, children }) {
  if (result.error) return <ApiErrorNotice error={result.error} onRetry={result.reload} />;
  if (!result.data) return <Loading what={what} />;
  return children(result.data);
}

export function Section({ title, children, id, actions }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id={id}>
      <div className="card-head">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Stat({ label: name, value, hint }) {
  return (
    <div className="stat">
      <dt>{name}</dt>
      <dd>{value}{hint && <span className="hint"> {hint}</span>}</dd>
    </div>
  );
}

/** A table that scrolls sideways on a narrow screen (and can be scrolled by keyboard). */
export function Table({ caption, columns, rows, rowKey, empty = 'None.', rowClass }) {
  if (!rows?.length) return <p className="empty">{empty}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>{columns.map((c) => <th key={c.title} scope="col" className={c.numeric ? 'numeric' : undefined}>{c.title}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey ? rowKey(row) : i} className={rowClass?.(row)}>
              {columns.map((c, j) => {
                const content = c.render(row);
                return j === 0 && c.header !== false
                  ? <th key={c.title} scope="row" className={c.numeric ? 'numeric' : undefined}>{content}</th>
                  : <td key={c.title} className={c.numeric ? 'numeric' : undefined}>{content}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Pages a list that is already loaded (a few hundred rows at most), `size` rows at a time. */
export function usePaged(rows, size = 20) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil((rows?.length || 0) / size));
  useEffect(() => {
    if (page >= pages) setPage(0);
  }, [page, pages]);
  const shown = (rows || []).slice(page * size, page * size + size);
  const pager = pages > 1 ? (
    <Pager
      label={`Rows ${page * size + 1}–${page * size + shown.length} of ${rows.length}`}
      onPrevious={page > 0 ? () => setPage(page - 1) : null}
      onNext={page < pages - 1 ? () => setPage(page + 1) : null}
    />
  ) : null;
  return [shown, pager];
}

export function Pager({ label: text, onPrevious, onNext }) {
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" onClick={onPrevious || undefined} disabled={!onPrevious}>← Previous</button>
      <span aria-live="polite">{text}</span>
      <button type="button" onClick={onNext || undefined} disabled={!onNext}>Next →</button>
    </nav>
  );
}

export function HistoryList({ entries, limit = 10 }) {
  const [all, setAll] = useState(false);
  if (!entries?.length) return <p className="empty">No recorded changes.</p>;
  const sorted = [...entries].sort((a, b) => new Date(b.at) - new Date(a.at));
  const shown = all ? sorted : sorted.slice(0, limit);
  return (
    <>
      <ol className="history">
        {shown.map((entry, i) => (
          <li key={i}>
            <time dateTime={entry.at}>{dateTime(entry.at)}</time> <strong>{label(entry.action)}</strong> by {entry.actor}
            {entry.detail && <span className="detail"> — {entry.detail}</span>}
          </li>
        ))}
      </ol>
      {sorted.length > limit && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? 'Show the latest only' : `Show all ${sorted.length} changes`}
        </button>
      )}
    </>
  );
}

export const DISCIPLINES = ['MACHINE_LEARNING_ENGINEERING', 'DATA_SCIENCE', 'DATA_ENGINEERING', 'PRODUCT', 'DOMAIN_EXPERTISE', 'UX_DESIGN', 'ML_OPS', 'BACKEND_ENGINEERING', 'RESPONSIBLE_AI'];
export const LIFECYCLES = ['FORMING', 'ACTIVE', 'SUNSETTING', 'ARCHIVED'];
