import { StrictMode, Suspense, lazy, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { getLiveState, getToken, onLiveState, setToken } from './api.js';
import { useQuery } from './hooks.js';
import { Link, match, useLocation } from './router.jsx';
import { Loading, PageTitle, label } from './components/common.jsx';
import Overview from './pages/Overview.jsx';
import './styles.css';

// Pages other than the overview load when first opened (the map's graph library is the largest part).
const DomainPage = lazy(() => import('./pages/Domain.jsx'));
const DomainsPage = lazy(() => import('./pages/Domains.jsx'));
const PodPage = lazy(() => import('./pages/Pod.jsx'));
const PodsPage = lazy(() => import('./pages/Pods.jsx'));
const MapPage = lazy(() => import('./pages/DependencyMap.jsx'));
const PeoplePage = lazy(() => import('./pages/People.jsx'));
const PersonPage = lazy(() => import('./pages/Person.jsx'));
const NetworksPage = lazy(() => import('./pages/Networks.jsx'));
const NetworkPage = lazy(() => import('./pages/Network.jsx'));
const LabsPage = lazy(() => import('./pages/Labs.jsx'));
const LabPage = lazy(() => import('./pages/Lab.jsx'));

const routes = [
  ['/', Overview],
  ['/domains', DomainsPage],
  ['/domains/:key', DomainPage],
  ['/pods', PodsPage],
  ['/pods/:key', PodPage],
  ['/map', MapPage],
  ['/people', PeoplePage],
  ['/people/:key', PersonPage],
  ['/networks', NetworksPage],
  ['/networks/:key', NetworkPage],
  ['/labs', LabsPage],
  ['/labs/:key', LabPage],
];

const nav = [
  ['/', 'Overview'],
  ['/domains', 'Domains'],
  ['/pods', 'Pods'],
  ['/map', 'Dependency map'],
  ['/people', 'People'],
  ['/networks', 'Networks'],
  ['/labs', 'Labs'],
];

function NotFound() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <p>There is no portal page at this address. <Link to="/">Back to the overview</Link>.</p>
    </>
  );
}

function LiveIndicator() {
  const [state, setState] = useState(getLiveState);
  useEffect(() => onLiveState(setState), []);
  const text = {
    idle: 'Live updates: not used here', connecting: 'Live updates: connecting…', live: 'Live updates: on',
    offline: 'Live updates: reconnecting…', refused: 'Live updates: refused (sign in)',
  }[state];
  return <span className={`live live-${state}`} data-live={state}>{text}</span>;
}

const VIEWER = '{ viewer { actor authenticated roles } }';

function SignIn() {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const viewer = useQuery(VIEWER, {});
  const dialog = useRef(null);
  useEffect(() => {
    if (open) dialog.current?.showModal?.();
    else dialog.current?.close?.();
  }, [open]);
  const who = viewer.data?.viewer;
  const signedIn = Boolean(getToken());
  return (
    <div className="signin">
      <span className="viewer" data-testid="viewer">
        {who ? (who.authenticated ? `${who.actor} (${who.roles.map(label).join(', ') || 'no role'})` : 'Not signed in') : viewer.error ? 'Sign-in unknown' : ''}
      </span>
      {signedIn
        ? <button type="button" onClick={() => setToken('')}>Sign out</button>
        : <button type="button" onClick={() => setOpen(true)}>Sign in</button>}
      <dialog ref={dialog} onClose={() => setOpen(false)} aria-labelledby="signin-title">
        <form method="dialog" onSubmit={(event) => {
          event.preventDefault();
          setToken(value);
          setValue('');
          setOpen(false);
        }}>
          <h2 id="signin-title">Sign in with a token</h2>
          <p>Paste a bearer token from your identity provider (or, on a development server, one it printed at start-up or serves at <code>/dev/token?role=reader</code>). It is kept for this browser tab only.</p>
          <label htmlFor="token">Token</label>
          <textarea id="token" rows={4} value={value} onChange={(e) => setValue(e.target.value)} required />
          <div className="actions">
            <button type="submit">Sign in</button>
            <button type="button" onClick={() => setOpen(false)}>Cancel</button>
          </div>
        </form>
      </dialog>
    </div>
  );
}

function App() {
  const location = useLocation();
  let Page = NotFound;
  let params = {};
  for (const [pattern, component] of routes) {
    const found = match(pattern, location.path);
    if (found) {
      Page = component;
      params = found;
      break;
    }
  }

  // After a navigation, start at the top (the new page's title takes the focus: PageTitle).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [location.path, location.search]);

  const section = '/' + (location.path.split('/')[1] || '');
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="top">
        <div className="brand"><Link to="/">OrgGrains</Link> <span>portal</span></div>
        <nav aria-label="Main">
          <ul>
            {nav.map(([to, text]) => (
              <li key={to}><Link to={to} aria-current={section === to ? 'page' : undefined}>{text}</Link></li>
            ))}
          </ul>
        </nav>
        <div className="top-right">
          <LiveIndicator />
          <SignIn />
        </div>
      </header>
      <main id="main">
        <Suspense fallback={<Loading what="the page" />}>
          <Page key={location.path} params={params} search={location.search} />
        </Suspense>
      </main>
      <footer className="bottom">
        <p>Data from the OrgGrains GraphQL API at <a href="/graphql">/graphql</a>.</p>
      </footer>
    </>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
